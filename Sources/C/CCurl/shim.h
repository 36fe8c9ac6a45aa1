// libcurl for the CurlTransport module. curl_easy_setopt/getinfo are variadic, which Swift cannot call: each option
// type gets a typed wrapper here.
#include <curl/curl.h>

typedef size_t (*ccurl_write_cb)(char *data, size_t size, size_t nmemb, void *userdata);

static inline CURLcode ccurl_easy_setopt_long(CURL *h, CURLoption o, long v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode ccurl_easy_setopt_string(CURL *h, CURLoption o, const char *v) {
    return curl_easy_setopt(h, o, v);
}
static inline CURLcode ccurl_easy_setopt_pointer(CURL *h, CURLoption o, void *v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode ccurl_easy_setopt_slist(CURL *h, CURLoption o, struct curl_slist *v) {
    return curl_easy_setopt(h, o, v);
}
static inline CURLcode ccurl_easy_setopt_write_cb(CURL *h, CURLoption o, ccurl_write_cb cb) {
    return curl_easy_setopt(h, o, cb);
}
static inline CURLcode ccurl_easy_getinfo_long(CURL *h, CURLINFO i, long *out) { return curl_easy_getinfo(h, i, out); }
static inline CURLcode ccurl_easy_getinfo_string(CURL *h, CURLINFO i, char **out) {
    return curl_easy_getinfo(h, i, out);
}
static inline CURLcode ccurl_easy_getinfo_double(CURL *h, CURLINFO i, double *out) {
    return curl_easy_getinfo(h, i, out);
}
static inline CURLMcode ccurl_multi_setopt_long(CURLM *m, CURLMoption o, long v) { return curl_multi_setopt(m, o, v); }
/* CURLVERSION_NOW is a macro Swift does not import. */
static inline curl_version_info_data *ccurl_version_info(void) { return curl_version_info(CURLVERSION_NOW); }

/* The multi-handle engine's needs: header callback, share handles (a cookie jar per crawl session), and the result
   code inside a finished transfer's CURLMsg (a union Swift reads awkwardly). */
static inline CURLcode ccurl_easy_setopt_off_t(CURL *h, CURLoption o, curl_off_t v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode ccurl_msg_result(const CURLMsg *m) { return m->data.result; }

/* A cookie jar shared by the transfers of one crawl session. libcurl locks shared data through callbacks; one
   process-wide mutex is enough (cookie updates are tiny and rare). */
#include <pthread.h>
static pthread_mutex_t ccurl_share_mutex = PTHREAD_MUTEX_INITIALIZER;
static inline void ccurl_share_lock(CURL *h, curl_lock_data d, curl_lock_access a, void *u) {
    (void)h; (void)d; (void)a; (void)u;
    pthread_mutex_lock(&ccurl_share_mutex);
}
static inline void ccurl_share_unlock(CURL *h, curl_lock_data d, void *u) {
    (void)h; (void)d; (void)u;
    pthread_mutex_unlock(&ccurl_share_mutex);
}
static inline CURLSH *ccurl_cookie_share_new(void) {
    CURLSH *share = curl_share_init();
    if (share == NULL) return NULL;
    if (curl_share_setopt(share, CURLSHOPT_SHARE, CURL_LOCK_DATA_COOKIE) != CURLSHE_OK
        || curl_share_setopt(share, CURLSHOPT_LOCKFUNC, ccurl_share_lock) != CURLSHE_OK
        || curl_share_setopt(share, CURLSHOPT_UNLOCKFUNC, ccurl_share_unlock) != CURLSHE_OK) {
        curl_share_cleanup(share);
        return NULL;
    }
    return share;
}
