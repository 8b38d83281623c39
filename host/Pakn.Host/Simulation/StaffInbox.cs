using System.Collections.Concurrent;
using MassTransit;
using Pakn.Core.Contracts;

namespace Pakn.Host.Simulation;

/// <summary>What simulated staff learn from the bus, as real staff learn it from their queues.</summary>
internal sealed class StaffInbox
{
    public ConcurrentQueue<FeedbackAssigned> Assigned { get; } = new();
    public ConcurrentQueue<Guid> Triage { get; } = new();
}

/// <summary>Puts each assignment in the unit's queue and each unplaced item in the coordinators'.</summary>
internal sealed class StaffInboxConsumer(StaffInbox inbox) : IConsumer<FeedbackAssigned>, IConsumer<FeedbackNeedsTriage>
{
    public Task Consume(ConsumeContext<FeedbackAssigned> context)
    {
        inbox.Assigned.Enqueue(context.Message);
        return Task.CompletedTask;
    }

    public Task Consume(ConsumeContext<FeedbackNeedsTriage> context)
    {
        inbox.Triage.Enqueue(context.Message.FeedbackId);
        return Task.CompletedTask;
    }
}
