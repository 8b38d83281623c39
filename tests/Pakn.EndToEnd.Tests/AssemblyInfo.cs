// Every test here runs real host processes on the one RabbitMQ vhost infra/test.sh provides:
// two tests at once would consume each other's messages, so they run one after another.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
