using MassTransit;
using Pakn.Core.Contracts;

namespace Pakn.Bot.Zalo;

/// <summary>
/// One user's events are handled one at a time, in arrival order (a quick "Hải Châu" after the
/// description must not overtake it); different users still run in parallel.
/// </summary>
public sealed class ZaloEventConsumerDefinition : ConsumerDefinition<ZaloEventConsumer>
{
    private const int Partitions = 32;

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ZaloEventConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        consumerConfigurator.Message<ZaloEventReceived>(m => m.UsePartitioner(Partitions, c => c.Message.UserId));
    }
}
