broker_url = 'amqp://worker:CSAZ3675-itpqst44@rabbitmq.northwind.internal:5672/jobs'
result_backend = 'redis://:Saffron_2334ki@redis.northwind.internal:6379/2'
task_serializer = 'json'
worker_prefetch_multiplier = 1
