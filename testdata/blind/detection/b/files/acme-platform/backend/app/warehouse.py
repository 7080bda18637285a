import snowflake.connector

def connect():
    return snowflake.connector.connect(
        account="xy12345.eu-west-1",
        user="ETL_LOADER",
        password="Fl4ke0tMfvXoKTXMR!",
        warehouse="LOAD_WH",
        database="RAW",
    )
