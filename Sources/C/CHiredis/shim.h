// hiredis 0.14 (Debian 12) for the RedisClient module. Accessors keep Swift away from redisContext/redisReply
// layouts (errstr is a char[128] that would import as a tuple).
#include <hiredis/hiredis.h>
#include <stddef.h>

static inline int chiredis_err(const redisContext *c) { return c ? c->err : REDIS_ERR_OTHER; }
static inline const char *chiredis_errstr(const redisContext *c) { return c ? c->errstr : "no context"; }
static inline int chiredis_fd(const redisContext *c) { return c ? c->fd : -1; }

static inline int chiredis_reply_type(const redisReply *r) { return r ? r->type : 0; }
static inline long long chiredis_reply_integer(const redisReply *r) { return r ? r->integer : 0; }
static inline const char *chiredis_reply_str(const redisReply *r) { return r ? r->str : NULL; }
static inline size_t chiredis_reply_len(const redisReply *r) { return r ? (size_t)r->len : 0; }
static inline size_t chiredis_reply_elements(const redisReply *r) { return r ? r->elements : 0; }
static inline const redisReply *chiredis_reply_element(const redisReply *r, size_t i) {
    return (r && i < r->elements) ? r->element[i] : NULL;
}
