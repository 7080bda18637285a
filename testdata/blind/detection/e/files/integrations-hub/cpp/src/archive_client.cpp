#include <pqxx/pqxx>
#include <iostream>

int main() {
    pqxx::connection c{"postgresql://archiver:lava-walnut-plasma-aspen@pg-archive.corp.example/archive"};
    pqxx::work tx{c};
    for (auto [id, name] : tx.query<int, std::string>("select id, name from archive_jobs")) {
        std::cout << id << ' ' << name << '\n';
    }
    const char* fallback = std::getenv("ARCHIVE_DB_PASSWORD");
    return 0;
}
