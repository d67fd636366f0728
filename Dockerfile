# briefbot in a container: docker build -t briefbot . ; see compose.yaml for PostgreSQL.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN useradd --system --create-home --home-dir /app briefbot
WORKDIR /app

COPY pyproject.toml README.md ./
COPY bot ./bot
RUN pip install --no-cache-dir . && rm -rf bot
COPY content ./content
RUN mkdir -p /app/data && chown briefbot:briefbot /app/data

USER briefbot
# METRICS_HOST=0.0.0.0 so the health check and Prometheus reach it inside the container network.
# The package is installed into site-packages, away from /app: name the briefings and the store.
ENV METRICS_PORT=9108 METRICS_HOST=0.0.0.0 DATABASE_URL=sqlite:////app/data/briefbot.sqlite3 \
    BRIEFBOT_CONTENT=/app/content
VOLUME ["/app/data"]
EXPOSE 9108
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["python", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:9108/healthz', timeout=4).status != 200)"]
STOPSIGNAL SIGTERM
CMD ["briefbot", "run"]
