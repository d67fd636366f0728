/* A slow disk for one process: LD_PRELOAD'ed into the bot by the chaos run
   (benchmarks/slow_disk.py), it makes fsync and fdatasync on files whose path holds
   $SLOW_FSYNC_MATCH wait the microseconds written in the file $SLOW_FSYNC_FILE (none when it
   is missing, empty or 0) before the real call: what a disk that takes seconds to flush
   looks like to SQLite's commits and checkpoints. With $SLOW_READ_FILE set too, pread and
   pread64 on those files wait the microseconds written there: a disk slow to read (a page
   the OS no longer caches, on a throttled or failing volume), what SQLite's reads see. Every
   other call is left alone. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static long delay_from(const char *control, int fd) {
    const char *match = getenv("SLOW_FSYNC_MATCH");
    if (control == NULL || match == NULL) return 0;
    int in = open(control, O_RDONLY | O_CLOEXEC);
    if (in < 0) return 0;
    char text[32] = {0};
    ssize_t got = read(in, text, sizeof text - 1);
    close(in);
    long delay = got > 0 ? atol(text) : 0;
    if (delay <= 0) return 0;
    char link[64], path[4096];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t length = readlink(link, path, sizeof path - 1);
    if (length <= 0) return 0;
    path[length] = '\0';
    return strstr(path, match) != NULL ? delay : 0;
}

static void wait_for(long microseconds) {
    struct timespec left = {microseconds / 1000000, (microseconds % 1000000) * 1000};
    while (nanosleep(&left, &left) != 0) {
    }
}

static long delay_for(int fd) { return delay_from(getenv("SLOW_FSYNC_FILE"), fd); }

static long read_delay_for(int fd) { return delay_from(getenv("SLOW_READ_FILE"), fd); }

int fsync(int fd) {
    static int (*real)(int);
    if (real == NULL) real = (int (*)(int))dlsym(RTLD_NEXT, "fsync");
    wait_for(delay_for(fd));
    return real(fd);
}

int fdatasync(int fd) {
    static int (*real)(int);
    if (real == NULL) real = (int (*)(int))dlsym(RTLD_NEXT, "fdatasync");
    wait_for(delay_for(fd));
    return real(fd);
}

ssize_t pread(int fd, void *buffer, size_t count, off_t offset) {
    static ssize_t (*real)(int, void *, size_t, off_t);
    if (real == NULL) real = (ssize_t (*)(int, void *, size_t, off_t))dlsym(RTLD_NEXT, "pread");
    wait_for(read_delay_for(fd));
    return real(fd, buffer, count, offset);
}

ssize_t pread64(int fd, void *buffer, size_t count, off64_t offset) {
    static ssize_t (*real)(int, void *, size_t, off64_t);
    if (real == NULL)
        real = (ssize_t (*)(int, void *, size_t, off64_t))dlsym(RTLD_NEXT, "pread64");
    wait_for(read_delay_for(fd));
    return real(fd, buffer, count, offset);
}
