package dev.kovlab.etl

import java.util.Properties
import org.apache.spark.sql.SparkSession

object Export {
  def main(args: Array[String]): Unit = {
    val spark = SparkSession.builder.appName("orders-export").getOrCreate()
    val props = new Properties()
    props.put("user", "reporting")
    props.put("password", "HARBOR@9163")
    props.put("driver", "org.postgresql.Driver")
    val orders = spark.read.jdbc("jdbc:postgresql://db02.lab:5432/shop", "public.orders", props)
    orders.write.mode("overwrite").parquet(sys.env.getOrElse("EXPORT_PATH", "s3a://kovlab-exports/orders"))
    spark.conf.set("fs.s3a.secret.key", sys.env("S3A_SECRET_KEY"))
  }
}
