// libpq for the PostgresClient module; pkg-config supplies -I/usr/include/postgresql.
#include <libpq-fe.h>
