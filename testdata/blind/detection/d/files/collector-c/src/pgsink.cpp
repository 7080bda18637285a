#include <libpq-fe.h>
#include <stdexcept>
#include <string>

namespace sink {

PGconn *connect_archive()
{
    const std::string conninfo = "host=db02.lab port=5432 dbname=archive user=collector password=gmgGItB9Prpp6i344JWMFi sslmode=require";
    PGconn *c = PQconnectdb(conninfo.c_str());
    if (PQstatus(c) != CONNECTION_OK) {
        throw std::runtime_error(PQerrorMessage(c));
    }
    return c;
}

}  // namespace sink
