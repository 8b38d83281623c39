using Pakn.Testing;

namespace Pakn.Bot.Tests;

/// <summary>The distributed path: conversation state and turn claims on a real PostgreSQL server.</summary>
public sealed class PostgresConversationTests
{
    [Fact]
    public async Task Should_file_once_when_copies_of_a_turn_race_on_postgres()
    {
        TestInfrastructure.RequirePostgres();
        using var chat = await ChatHarness.OnPostgresAsync();
        await chat.SendAsync("gửi phản ánh");
        await chat.SendAsync("Cán bộ một cửa phường hẹn trả hồ sơ cấp giấy phép xây dựng đã quá hạn hai tuần");
        await chat.SendAsync("Hải Châu");
        await chat.SendAsync("bỏ qua");
        await chat.SendAsync("đúng");
        await chat.SendAsync("Nguyễn Văn An");
        await chat.SendAsync("0905123456");
        await chat.SendAsync("bỏ qua");

        var copies = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => chat.SendAsync("gửi", turnId: "race"))));

        Assert.Single(copies, c => c.Count > 0);
        Assert.Single(await chat.ItemsAsync());
    }

    [Fact]
    public async Task Should_continue_a_half_filled_form_in_another_process_on_postgres()
    {
        TestInfrastructure.RequirePostgres();
        using var chat = await ChatHarness.OnPostgresAsync();
        await chat.SendAsync("gửi phản ánh");
        await chat.SendAsync("Nhà hàng karaoke hát to sau 12 giờ đêm ngày nào cũng vậy, cả khu phố không ngủ được");

        chat.Restart();
        var next = await chat.SendAsync("son tra");

        Assert.Contains("Địa chỉ cụ thể", next.Text());
    }
}
