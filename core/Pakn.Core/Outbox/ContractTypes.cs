using System.Collections.Concurrent;
using Pakn.Core.Contracts;

namespace Pakn.Core.Outbox;

/// <summary>Resolves a stored message type name to a contract; nothing outside the contracts loads.</summary>
internal static class ContractTypes
{
    private static readonly ConcurrentDictionary<string, Type> Cache = new();

    public static Type Resolve(string fullName) => Cache.GetOrAdd(fullName, static name =>
    {
        var type = typeof(FeedbackReceived).Assembly.GetType(name, throwOnError: false);
        return type is not null && type.Namespace == typeof(FeedbackReceived).Namespace
            ? type
            : throw new InvalidOperationException($"Unknown message contract '{name}'.");
    });
}
