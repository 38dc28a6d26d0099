/*
 * The floor of the full-build benchmark (bench/run): the least work a static-site generator can
 * do for a content folder. It reads every .md file under CONTENT, skips its front matter (taking
 * the title for the <title>), renders the Markdown with libcmark (smart punctuation, raw HTML
 * dropped, as MinhBạch does), wraps the HTML in a fixed page shell and writes it to the same path
 * under OUTPUT with .html, on THREADS threads (default 2). No templates, no links checked, no
 * indexes, no data, no charts: what is left is reading, parsing, rendering and writing.
 *
 * Build:  gcc -O2 -o floor bench/floor.c $(pkg-config --cflags --libs libcmark) -pthread
 *         (Debian: apt-get install gcc pkg-config libcmark-dev)
 * Run:    ./floor CONTENT OUTPUT [THREADS]
 */
#define _GNU_SOURCE
#include <cmark.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static const char *content_root;
static size_t content_len;
static const char *output_root;

static char **files;            /* paths of the .md files, relative to content_root */
static size_t file_count, file_capacity;
static char **folders;          /* folders to create under output_root, parents first */
static size_t folder_count, folder_capacity;

static atomic_size_t next_file;
static atomic_size_t bytes_written;
static atomic_int failed;

static void die(const char *what, const char *path) {
    fprintf(stderr, "floor: %s %s: %s\n", what, path, strerror(errno));
    exit(1);
}

static void push(char ***list, size_t *count, size_t *capacity, const char *text) {
    if (*count == *capacity) {
        *capacity = *capacity ? *capacity * 2 : 1024;
        *list = realloc(*list, *capacity * sizeof **list);
        if (!*list) die("out of memory for", text);
    }
    (*list)[(*count)++] = strdup(text);
}

static int visit(const char *path, const struct stat *st, int type, struct FTW *ftw) {
    (void)st;
    if (ftw->level == 0) return 0;
    const char *relative = path + content_len + 1;
    if (relative[0] == '.' || strstr(relative, "/.")) return type == FTW_D ? FTW_SKIP_SUBTREE : 0;
    if (type == FTW_D) {
        push(&folders, &folder_count, &folder_capacity, relative);
    } else if (type == FTW_F) {
        size_t n = strlen(relative);
        if (n > 3 && strcmp(relative + n - 3, ".md") == 0) push(&files, &file_count, &file_capacity, relative);
    }
    return 0;
}

/* A growable byte buffer, one per thread, reused from page to page. */
typedef struct { char *data; size_t length, capacity; } Buffer;

static void append(Buffer *b, const char *text, size_t n) {
    if (b->length + n > b->capacity) {
        b->capacity = (b->length + n) * 2;
        b->data = realloc(b->data, b->capacity);
        if (!b->data) { fprintf(stderr, "floor: out of memory\n"); exit(1); }
    }
    memcpy(b->data + b->length, text, n);
    b->length += n;
}

static void append_str(Buffer *b, const char *text) { append(b, text, strlen(text)); }

static void append_escaped(Buffer *b, const char *text, size_t n) {
    for (size_t i = 0; i < n; i++) {
        switch (text[i]) {
        case '&': append_str(b, "&amp;"); break;
        case '<': append_str(b, "&lt;"); break;
        case '>': append_str(b, "&gt;"); break;
        case '"': append_str(b, "&quot;"); break;
        default: append(b, text + i, 1);
        }
    }
}

static char *read_file(const char *path, size_t *length) {
    int fd = open(path, O_RDONLY);
    if (fd < 0) die("cannot open", path);
    struct stat st;
    if (fstat(fd, &st) != 0) die("cannot stat", path);
    char *data = malloc((size_t)st.st_size + 1);
    size_t done = 0;
    while (done < (size_t)st.st_size) {
        ssize_t n = read(fd, data + done, (size_t)st.st_size - done);
        if (n < 0) die("cannot read", path);
        if (n == 0) break;
        done += (size_t)n;
    }
    close(fd);
    data[done] = '\0';
    *length = done;
    return data;
}

/* The value of `key:` in the front matter, without quotes; NULL if absent. */
static const char *field(const char *front, size_t front_len, const char *key, size_t *n) {
    size_t key_len = strlen(key);
    const char *p = front, *end = front + front_len;
    while (p < end) {
        const char *line_end = memchr(p, '\n', (size_t)(end - p));
        if (!line_end) line_end = end;
        if ((size_t)(line_end - p) > key_len && memcmp(p, key, key_len) == 0 && p[key_len] == ':') {
            const char *v = p + key_len + 1;
            while (v < line_end && *v == ' ') v++;
            const char *e = line_end;
            if (e > v && (*v == '"' || *v == '\'') && e[-1] == *v) { v++; e--; }
            *n = (size_t)(e - v);
            return v;
        }
        p = line_end + 1;
    }
    return NULL;
}

static const char SHELL_TOP[] =
    "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>";
static const char SHELL_HEAD[] =
    "</title>\n<link rel=\"stylesheet\" href=\"/style.css\">\n</head>\n<body>\n"
    "<a class=\"skip-link\" href=\"#noi-dung\">Chuyển đến nội dung chính</a>\n"
    "<header class=\"site-header\"><a class=\"site-title\" href=\"/index.html\">Minh bạch công tác dân vận</a>\n"
    "<nav class=\"site-nav\" aria-label=\"Điều hướng chính\"><ul>"
    "<li><a href=\"/gioi-thieu.html\">Giới thiệu</a></li><li><a href=\"/chi-tieu/index.html\">Tiến độ thực hiện chỉ tiêu</a></li>"
    "<li><a href=\"/tong-hop/index.html\">Bảng số liệu</a></li><li><a href=\"/mo-hinh/index.html\">Mô hình</a></li>"
    "<li><a href=\"/van-ban/index.html\">Văn bản</a></li></ul></nav>\n</header>\n"
    "<main id=\"noi-dung\" class=\"page\">\n<article class=\"prose\">\n<h1>";
static const char SHELL_BODY[] = "</h1>\n";
static const char SHELL_BOTTOM[] =
    "</article>\n</main>\n<footer class=\"site-footer\"><p>Minh bạch công tác dân vận · "
    "Nội dung sinh tự động để đo.</p></footer>\n</body>\n</html>\n";

static void render(const char *relative, Buffer *path, Buffer *page) {
    path->length = 0;
    append_str(path, content_root);
    append_str(path, "/");
    append_str(path, relative);
    append(path, "", 1);
    size_t length;
    char *source = read_file(path->data, &length);

    /* Front matter: from a first line "---" to the next line "---". */
    const char *body = source, *front = NULL;
    size_t front_len = 0;
    if (strncmp(source, "---\n", 4) == 0) {
        const char *close = strstr(source + 3, "\n---");
        if (close) {
            front = source + 4;
            front_len = (size_t)(close - front);
            body = close + 4;
            if (*body == '\n') body++;
        }
    }
    size_t title_len = 0;
    const char *title = front ? field(front, front_len, "title", &title_len) : NULL;
    if (!title && front) title = field(front, front_len, "subject", &title_len);
    if (!title) { title = relative; title_len = strlen(relative); }

    char *html = cmark_markdown_to_html(body, length - (size_t)(body - source), CMARK_OPT_SMART);

    page->length = 0;
    append(page, SHELL_TOP, sizeof SHELL_TOP - 1);
    append_escaped(page, title, title_len);
    append(page, SHELL_HEAD, sizeof SHELL_HEAD - 1);
    append_escaped(page, title, title_len);
    append(page, SHELL_BODY, sizeof SHELL_BODY - 1);
    append_str(page, html);
    append(page, SHELL_BOTTOM, sizeof SHELL_BOTTOM - 1);
    free(html);
    free(source);

    path->length = 0;
    append_str(path, output_root);
    append_str(path, "/");
    append(path, relative, strlen(relative) - 3);
    append(path, ".html", 6);
    int fd = open(path->data, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0) die("cannot create", path->data);
    size_t done = 0;
    while (done < page->length) {
        ssize_t n = write(fd, page->data + done, page->length - done);
        if (n < 0) die("cannot write", path->data);
        done += (size_t)n;
    }
    if (close(fd) != 0) die("cannot close", path->data);
    atomic_fetch_add(&bytes_written, page->length);
}

static void *worker(void *unused) {
    (void)unused;
    Buffer path = {0}, page = {0};
    for (;;) {
        size_t i = atomic_fetch_add(&next_file, 1);
        if (i >= file_count) break;
        render(files[i], &path, &page);
    }
    free(path.data);
    free(page.data);
    return NULL;
}

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    if (argc < 3 || argc > 4) {
        fprintf(stderr, "usage: floor CONTENT OUTPUT [THREADS]\n");
        return 64;
    }
    double start = now();
    content_root = argv[1];
    content_len = strlen(content_root);
    while (content_len > 1 && content_root[content_len - 1] == '/') content_len--;
    ((char *)content_root)[content_len] = '\0';
    output_root = argv[2];
    int threads = argc == 4 ? atoi(argv[3]) : 2;
    if (threads < 1 || threads > 256) threads = 2;

    if (nftw(content_root, visit, 64, FTW_PHYS | FTW_ACTIONRETVAL) != 0) die("cannot walk", content_root);
    if (mkdir(output_root, 0755) != 0 && errno != EEXIST) die("cannot create", output_root);
    Buffer path = {0};
    for (size_t i = 0; i < folder_count; i++) {
        path.length = 0;
        append_str(&path, output_root);
        append_str(&path, "/");
        append_str(&path, folders[i]);
        append(&path, "", 1);
        if (mkdir(path.data, 0755) != 0 && errno != EEXIST) die("cannot create", path.data);
    }
    free(path.data);

    pthread_t pool[256];
    for (int t = 0; t < threads; t++) pthread_create(&pool[t], NULL, worker, NULL);
    for (int t = 0; t < threads; t++) pthread_join(pool[t], NULL);

    fprintf(stderr, "floor: %zu pages, %zu bytes written in %.0f ms on %d threads\n", file_count,
            atomic_load(&bytes_written), (now() - start) * 1000, threads);
    return atomic_load(&failed) ? 1 : 0;
}
