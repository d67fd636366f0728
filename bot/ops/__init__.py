"""Running briefbot as a service: exit codes, logs, metrics and health, the doctor."""
