// OpenSSL's libcrypto for the ArchiveCodec module: SHA-256 only (archive addresses).
#include <openssl/sha.h>
