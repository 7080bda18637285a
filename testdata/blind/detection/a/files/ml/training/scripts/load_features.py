from sqlalchemy import create_engine
engine = create_engine("postgresql+psycopg2://analyst:Fs8if7CJ#yvS_GPC-J@warehouse.internal:5432/features")
staging = create_engine("postgresql+psycopg2://analyst:${WAREHOUSE_PASSWORD}@warehouse-stg.internal:5432/features")
docs_example = "postgresql://user:password@localhost:5432/mydb"
