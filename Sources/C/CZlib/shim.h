// zlib for the ArchiveCodec module: gzip streams for archived page bodies. deflateInit2/inflateInit2 are macros
// Swift cannot call, hence these wrappers.
#include <zlib.h>

static inline int czlib_deflate_init_gzip(z_stream *s, int level) {
    return deflateInit2(s, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
}
static inline int czlib_inflate_init_gzip(z_stream *s) { return inflateInit2(s, 15 + 16); }
