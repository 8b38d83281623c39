using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Pakn.EndToEnd.Tests;

/// <summary>
/// One citizen submission and what the demo province's routing table must make of it: a unit
/// and field, or the coordinators' triage queue (<see cref="ExpectedUnit"/> null).
/// </summary>
internal sealed record Submission(int Index, string Content, string Area, string? ExpectedField, string? ExpectedUnit)
{
    public bool ExpectsTriage => ExpectedUnit is null;
}

internal static class Submissions
{
    private static readonly (string Name, string Committee)[] Wards =
    [
        ("Hải Châu", "UBND_P_HAI_CHAU"),
        ("Thanh Khê", "UBND_P_THANH_KHE"),
        ("Sơn Trà", "UBND_P_SON_TRA"),
    ];

    /// <summary>
    /// Builds <paramref name="count"/> submissions over several fields and wards; every tenth one
    /// names no field, so routing sends it to triage.
    /// </summary>
    public static IReadOnlyList<Submission> Create(int count) =>
        [.. Enumerable.Range(0, count).Select(ForIndex)];

    private static Submission ForIndex(int index)
    {
        var (ward, committee) = Wards[index % Wards.Length];
        var number = $"(phản ánh số {index + 1})";
        if (index % 10 == 9)
        {
            return new Submission(index, $"Xin chào, cho tôi hỏi {number}", ward, null, null);
        }

        return ((index / Wards.Length) % 4) switch
        {
            0 => new Submission(index, $"Đèn đường hỏng, cả đoạn tối om vào ban đêm {number}", ward, "DO_THI", committee),
            1 => new Submission(index, $"Rác thải bốc mùi hôi cạnh chợ {number}", ward, "MOI_TRUONG",
                // The Sơn Trà nature reserve's environment is the province's (a rule of its own).
                ward == "Sơn Trà" ? "SO_NONG_NGHIEP_MOI_TRUONG" : committee),
            2 => new Submission(index, $"Ổ gà trên mặt đường rất nguy hiểm cho xe máy {number}", ward, "GIAO_THONG", committee),
            _ => new Submission(index, $"Mất điện cả khu phố từ sáng {number}", ward, "DIEN_NUOC", "SO_CONG_THUONG"),
        };
    }

    /// <summary>
    /// Posts every submission to the host <paramref name="pick"/> chooses, at most
    /// <paramref name="parallelism"/> at a time; each must be accepted (202) with a tracking code.
    /// Returns tracking code → submission. <paramref name="answered"/> is called after each
    /// answer (or failure) with the host that gave it.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, Submission>> PostAsync(
        IEnumerable<Submission> submissions,
        Func<Submission, HostProcess> pick,
        int parallelism,
        CancellationToken cancellationToken,
        Action<Submission, HostProcess>? answered = null)
    {
        var accepted = new ConcurrentDictionary<string, Submission>();
        var failures = new ConcurrentQueue<string>();
        await Parallel.ForEachAsync(
            submissions,
            new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
            async (submission, ct) =>
            {
                var host = pick(submission);
                try
                {
                    await PostOneAsync(submission, host, accepted, failures, ct);
                }
                finally
                {
                    answered?.Invoke(submission, host);
                }
            });

        Assert.True(failures.IsEmpty, $"{failures.Count} submissions were not accepted:\n{string.Join('\n', failures.Take(20))}");
        return accepted;
    }

    private static async Task PostOneAsync(
        Submission submission,
        HostProcess host,
        ConcurrentDictionary<string, Submission> accepted,
        ConcurrentQueue<string> failures,
        CancellationToken ct)
    {
        using var response = await host.Http.PostAsJsonAsync(
            new Uri("/api/feedback", UriKind.Relative),
            new { content = submission.Content, area = submission.Area },
            ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            failures.Enqueue($"#{submission.Index} on {host.Name}: {(int)response.StatusCode} {body}");
            return;
        }

        using var json = JsonDocument.Parse(body);
        var code = json.RootElement.TryGetProperty("trackingCode", out var value) ? value.GetString() : null;
        if (string.IsNullOrEmpty(code))
        {
            failures.Enqueue($"#{submission.Index} on {host.Name}: 202 without a trackingCode: {body}");
        }
        else if (!accepted.TryAdd(code, submission))
        {
            failures.Enqueue($"#{submission.Index} on {host.Name}: tracking code {code} was already handed out");
        }
    }
}
