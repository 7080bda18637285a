package queue

import amqp "github.com/rabbitmq/amqp091-go"

func Dial() (*amqp.Connection, error) {
	return amqp.Dial("amqps://notifier:QTRu.RlDGJ3GGhn79@mq.acme.internal:5671/prod")
}
