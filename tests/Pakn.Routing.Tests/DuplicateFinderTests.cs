using Pakn.Routing.Classification;

namespace Pakn.Routing.Tests;

public class DuplicateFinderTests
{
    [Theory]
    [InlineData("Ổ gà lớn trước nhà số 12 đường Lê Duẩn, xe máy té liên tục", "duong Le Duan truoc so nha 12 co o ga lon, xe may te lien tuc")]
    [InlineData("Đèn đường kiệt 45 Nguyễn Văn Linh hỏng cả tuần", "đèn đường ở kiệt 45 Nguyễn Văn Linh bị hỏng 1 tuần rồi")]
    [InlineData("Rác thải đổ trộm ở bãi đất trống cuối đường Hà Huy Tập", "bãi đất trống cuối đường Hà Huy Tập bị đổ trộm rác thải")]
    public void Should_find_the_same_problem_when_worded_differently(string first, string second) =>
        Assert.True(DuplicateFinder.Similarity(first, second) >= DuplicateFinder.Threshold,
            $"similarity {DuplicateFinder.Similarity(first, second):F2}");

    [Theory]
    [InlineData("Ổ gà lớn trước nhà số 12 đường Lê Duẩn", "Đèn đường kiệt 45 Nguyễn Văn Linh hỏng cả tuần")]
    [InlineData("Ổ gà lớn trước nhà số 12 đường Lê Duẩn", "Cống thoát nước đường Trần Phú bị tắc, mưa là ngập")]
    [InlineData("Karaoke nhà số 8 hát đến 12 giờ đêm", "Hồ sơ cấp sổ đỏ chậm 6 tháng chưa có kết quả")]
    public void Should_not_link_different_problems(string first, string second) =>
        Assert.True(DuplicateFinder.Similarity(first, second) < DuplicateFinder.Threshold,
            $"similarity {DuplicateFinder.Similarity(first, second):F2}");

    [Fact]
    public void Should_pick_the_most_similar_open_item()
    {
        var pothole = Guid.NewGuid();
        var candidates = new[]
        {
            (Guid.NewGuid(), "Đèn đường kiệt 45 hỏng"),
            (pothole, "Ổ gà lớn trước nhà số 12 đường Lê Duẩn"),
            (Guid.NewGuid(), "Ổ gà ở đường Trần Phú gần chợ Hàn"),
        };

        var best = DuplicateFinder.FindBest("o ga lon truoc so 12 Le Duan", candidates);

        Assert.Equal(pothole, best?.Id);
    }

    [Fact]
    public void Should_find_nothing_for_empty_or_emoji_text() =>
        Assert.Null(DuplicateFinder.FindBest("😡😡", [(Guid.NewGuid(), "😡😡")]));
}
