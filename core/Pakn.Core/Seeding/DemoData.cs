using Pakn.Core.Reference;

namespace Pakn.Core.Seeding;

/// <summary>
/// Fictional demo data for the embedded default: a province shaped like Thành phố Đà Nẵng after
/// the two-level reorganisation of 1 July 2025. Unit names are real institutions; emails use the
/// reserved <c>.example</c> domain so a demo install can never mail a real office.
/// </summary>
/// <remarks>
/// Every method returns fresh instances: these are mutable EF entities, and one instance must
/// never be tracked by two contexts. Keywords are matched as whole words on folded text, so they
/// are phrases rather than single syllables that collide once diacritics are gone ("đất"/"đặt",
/// "chợ"/"cho", "cống"/"công"), and no keyword of one field contains a keyword of another.
/// </remarks>
public static class DemoData
{
    /// <summary>Two-level local government starts on 1 July 2025.</summary>
    public static readonly DateTimeOffset ValidFrom = new(2025, 7, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly DateTimeOffset DistrictEraFrom = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static List<Field> Fields() =>
    [
        new()
        {
            Code = "DAT_DAI",
            Name = "Đất đai",
            Description = "Quản lý và sử dụng đất: cấp giấy chứng nhận, tranh chấp, lấn chiếm, thu hồi, bồi thường và tái định cư.",
            ResolutionDays = 15,
            SortOrder = 1,
            Keywords = "đất đai, sổ đỏ, sổ hồng, quyền sử dụng đất, giấy chứng nhận quyền sử dụng đất, "
                + "tiền sử dụng đất, chuyển mục đích sử dụng đất, quy hoạch sử dụng đất, tranh chấp đất, "
                + "tranh chấp ranh giới, lấn chiếm đất, đất lấn chiếm, lấn đất, chiếm đất, đền bù, "
                + "giải phóng mặt bằng, bồi thường giải phóng mặt bằng, thu hồi đất, tái định cư, "
                + "bố trí tái định cư, giao đất, thuê đất, đất hoang, thửa đất, tách thửa, hợp thửa, "
                + "ranh giới thửa, mốc giới, cắm mốc, đo đạc, địa chính, bản đồ địa chính, trích lục bản đồ, "
                + "sang tên, chuyển nhượng đất, biến động đất đai, đăng ký đất đai, hạn mức đất, phân lô bán nền",
        },
        new()
        {
            Code = "XAY_DUNG",
            Name = "Trật tự xây dựng",
            Description = "Cấp phép và trật tự xây dựng, công trình trái phép hoặc sai phép, an toàn thi công, nhà ở và chung cư.",
            ResolutionDays = 15,
            SortOrder = 2,
            Keywords = "trật tự xây dựng, xây dựng trái phép, xây dựng không phép, xây dựng sai phép, "
                + "xây trái phép, xây không phép, sai phép, không phép, giấy phép xây dựng, cấp phép xây dựng, "
                + "công trình trái phép, công trình sai phép, cơi nới, xây lấn, xây dựng lấn chiếm, "
                + "phá dỡ công trình, tháo dỡ công trình, cưỡng chế tháo dỡ, xây nhà, sửa nhà, sửa chữa nhà, "
                + "nứt nhà, nứt tường, lún nứt, sụt lún, thấm dột, thi công, thi công ban đêm, "
                + "che chắn công trình, rơi vật liệu, vật liệu xây dựng, giàn giáo, nhà cao tầng, chung cư, "
                + "ban quản trị chung cư, phí bảo trì chung cư, nhà ở xã hội, chỉ giới xây dựng, hoàn công, "
                + "quy hoạch xây dựng, nhà xuống cấp, nhà nguy hiểm",
        },
        new()
        {
            Code = "MOI_TRUONG",
            Name = "Môi trường",
            Description = "Ô nhiễm không khí, nguồn nước, tiếng ồn, mùi hôi và việc thu gom, xử lý rác thải.",
            ResolutionDays = 7,
            SortOrder = 3,
            Keywords = "ô nhiễm, ô nhiễm môi trường, ô nhiễm không khí, ô nhiễm nguồn nước, ô nhiễm tiếng ồn, "
                + "vệ sinh môi trường, rác thải, rác thải sinh hoạt, xả rác, vứt rác, đổ rác, đổ trộm rác, "
                + "bãi rác, thu gom rác, xe rác, thùng rác, rác tồn đọng, phân loại rác, đốt rác, mùi hôi, "
                + "hôi thối, bốc mùi, khói bụi, bụi bặm, khói đen, tiếng ồn, ồn ào, gây ồn, karaoke, "
                + "loa kẹo kéo, nước thải, xả thải, chất thải, chất thải nguy hại, hóa chất, cá chết, "
                + "xác động vật, ruồi muỗi, lò đốt",
        },
        new()
        {
            Code = "GIAO_THONG",
            Name = "Giao thông",
            Description = "Đường sá hư hỏng, đèn tín hiệu, biển báo, ùn tắc và an toàn giao thông.",
            SortOrder = 4,
            Keywords = "giao thông, an toàn giao thông, tai nạn, tai nạn giao thông, va chạm giao thông, "
                + "ùn tắc, kẹt xe, tắc đường, ổ gà, ổ voi, mặt đường, hư hỏng mặt đường, lún mặt đường, "
                + "đường xuống cấp, đường hư hỏng, làm đường, đèn tín hiệu, đèn giao thông, đèn đỏ, "
                + "biển báo, vạch kẻ đường, gờ giảm tốc, dải phân cách, đường cấm, cấm đường, xe quá tải, "
                + "xe tải, xe ben, xe container, xe buýt, bến xe, xe khách, xe ôm, taxi, đỗ xe trái phép, "
                + "bãi đỗ xe, cầu yếu, cầu hư hỏng, cảnh sát giao thông, vi phạm giao thông",
        },
        new()
        {
            Code = "DO_THI",
            Name = "Hạ tầng và trật tự đô thị",
            Description = "Chiếu sáng công cộng, vỉa hè, cây xanh, thoát nước và ngập úng, công viên và trật tự đô thị.",
            ResolutionDays = 7,
            SortOrder = 5,
            Keywords = "hạ tầng đô thị, trật tự đô thị, mỹ quan đô thị, đèn đường, đèn chiếu sáng, "
                + "chiếu sáng công cộng, vỉa hè, lấn chiếm vỉa hè, lấn chiếm lòng đường, bán hàng rong, "
                + "ngập, ngập úng, ngập nước, ngập lụt, triều cường, thoát nước, cống thoát nước, cống rãnh, "
                + "nắp cống, tắc cống, hố ga, nắp hố ga, nạo vét, mương thoát nước, cây xanh, cây đổ, "
                + "cây gãy, cây chết, cắt tỉa cây, chặt cây, công viên, vườn hoa, ghế đá, "
                + "nhà vệ sinh công cộng, đường kiệt, kiệt hẻm, ngõ hẻm, bê tông hóa kiệt",
        },
        new()
        {
            Code = "AN_NINH_TRAT_TU",
            Name = "An ninh, trật tự",
            Description = "Gây rối trật tự công cộng, cờ bạc, ma túy, trộm cắp và các hành vi xâm phạm an ninh, trật tự.",
            ResolutionDays = 5,
            SortOrder = 6,
            Keywords = "an ninh, an ninh trật tự, mất trật tự, gây rối, đánh nhau, ẩu đả, hành hung, giang hồ, "
                + "băng nhóm tội phạm, đe dọa, đánh bạc, sòng bạc, tụ điểm cờ bạc, cá độ bóng đá, "
                + "cá cược bóng đá, ghi lô đề, chơi lô đề, ma túy, con nghiện, người nghiện, tiêm chích, "
                + "trộm cắp, mất trộm, ăn trộm, kẻ trộm, cướp giật, cướp tài sản, lừa đảo, tín dụng đen, "
                + "cho vay nặng lãi, đòi nợ thuê, mại dâm, đua xe, bốc đầu, say xỉn, tụ tập đông người, "
                + "pháo nổ, đốt pháo, vũ khí, bạo lực gia đình, công an, tạm trú, thường trú, đăng ký cư trú",
        },
        new()
        {
            Code = "Y_TE",
            Name = "Y tế",
            Description = "Khám chữa bệnh, bảo hiểm y tế, phòng chống dịch bệnh và an toàn thực phẩm.",
            SortOrder = 7,
            Keywords = "y tế, trạm y tế, trung tâm y tế, nhân viên y tế, bệnh viện, bác sĩ, khám bệnh, "
                + "chữa bệnh, khám chữa bệnh, khám sức khỏe, cấp cứu, xe cấp cứu, viện phí, bảo hiểm y tế, "
                + "thẻ bảo hiểm y tế, bhyt, thẻ bhyt, tiêm chủng, tiêm phòng, vắc xin, dịch bệnh, "
                + "sốt xuất huyết, phun thuốc muỗi, an toàn thực phẩm, vệ sinh thực phẩm, "
                + "ngộ độc thực phẩm, ngộ độc, thực phẩm bẩn, thực phẩm hết hạn, nhà thuốc, hiệu thuốc, "
                + "thuốc giả, phòng khám, phòng khám tư, bệnh nhân, người bệnh",
        },
        new()
        {
            Code = "GIAO_DUC",
            Name = "Giáo dục",
            Description = "Trường lớp, tuyển sinh, học phí và các khoản thu, đội ngũ giáo viên.",
            SortOrder = 8,
            Keywords = "giáo dục, trường học, nhà trường, điểm trường, lớp học, giáo viên, thầy giáo, "
                + "hiệu trưởng, học sinh, sinh viên, phụ huynh, cha mẹ học sinh, học phí, miễn giảm học phí, "
                + "các khoản thu đầu năm, quỹ phụ huynh, dạy thêm, học thêm, tuyển sinh, trái tuyến, sĩ số, "
                + "mầm non, trường mầm non, nhóm trẻ, tiểu học, trung học cơ sở, trung học phổ thông, "
                + "bán trú, suất ăn bán trú, sách giáo khoa, đồng phục, chuyển trường, thi tốt nghiệp, "
                + "bằng tốt nghiệp, học bạ, bạo lực học đường",
        },
        new()
        {
            Code = "LAO_DONG_XA_HOI",
            Name = "Lao động, thương binh và xã hội",
            Description = "Trợ cấp xã hội, hộ nghèo, chính sách người có công, lương hưu, việc làm và bảo vệ trẻ em.",
            SortOrder = 9,
            Keywords = "trợ cấp, trợ cấp xã hội, bảo trợ xã hội, trợ cấp khó khăn, cứu trợ, hộ nghèo, "
                + "hộ cận nghèo, thoát nghèo, người có công, thương binh, bệnh binh, liệt sĩ, "
                + "gia đình chính sách, mẹ việt nam anh hùng, chất độc da cam, nhà tình nghĩa, lương hưu, "
                + "hưu trí, bảo hiểm xã hội, bảo hiểm thất nghiệp, trợ cấp thất nghiệp, người cao tuổi, "
                + "người khuyết tật, khuyết tật, trẻ em, bảo vệ trẻ em, trẻ mồ côi, mồ côi, "
                + "trẻ em lang thang, người lang thang, ăn xin, người lao động, hợp đồng lao động, nợ lương, "
                + "chậm lương, nợ bảo hiểm, việc làm, giới thiệu việc làm, an toàn lao động, xuất khẩu lao động",
        },
        new()
        {
            Code = "TTHC",
            Name = "Thủ tục hành chính",
            Description = "Giải quyết thủ tục hành chính, bộ phận một cửa, hộ tịch, dịch vụ công trực tuyến và thái độ của cán bộ.",
            SortOrder = 10,
            Keywords = "thủ tục hành chính, thủ tục, nộp hồ sơ, hồ sơ trễ hẹn, giải quyết hồ sơ, tiếp nhận hồ sơ, "
                + "trả kết quả, chậm trả kết quả, trễ hẹn, bộ phận một cửa, một cửa liên thông, "
                + "trung tâm phục vụ hành chính công, hành chính công, dịch vụ công, dịch vụ công trực tuyến, "
                + "cổng dịch vụ công, nộp trực tuyến, vneid, định danh điện tử, căn cước, căn cước công dân, "
                + "chứng thực, văn phòng công chứng, sao y bản chính, hộ tịch, khai sinh, giấy khai sinh, "
                + "khai tử, đăng ký kết hôn, kết hôn, xác nhận tình trạng hôn nhân, thái độ cán bộ, "
                + "cán bộ tiếp dân, hách dịch, nhũng nhiễu, phiền hà, gây khó dễ, tiêu cực, lệ phí, chữ ký số",
        },
        new()
        {
            Code = "DIEN_NUOC",
            Name = "Điện, nước sinh hoạt",
            Description = "Cung cấp điện và nước sạch sinh hoạt: mất điện, mất nước, chất lượng cung cấp và hóa đơn.",
            ResolutionDays = 5,
            SortOrder = 11,
            Keywords = "mất điện, cúp điện, cắt điện, điện chập chờn, điện yếu, sự cố điện, chập điện, rò điện, "
                + "điện giật, tiền điện, hóa đơn tiền điện, giá điện, chỉ số công tơ, công tơ điện, "
                + "đồng hồ điện, điện lực, dây điện, đường dây điện, cột điện, trạm biến áp, điện sinh hoạt, "
                + "nước sạch, nước sinh hoạt, mất nước, cúp nước, cắt nước, nước yếu, nước đục, nước có mùi, "
                + "nước máy, tiền nước, hóa đơn tiền nước, đồng hồ nước, ống nước, vỡ ống nước, "
                + "đường ống nước, cấp nước, công ty cấp nước, nhà máy nước, không có nước",
        },
        new()
        {
            Code = "KINH_TE_THUONG_MAI",
            Name = "Kinh tế, thương mại",
            Description = "Chợ, hoạt động kinh doanh, giá cả, hàng giả, hàng kém chất lượng và quyền lợi người tiêu dùng.",
            SortOrder = 12,
            Keywords = "kinh doanh, hộ kinh doanh, đăng ký kinh doanh, giấy phép kinh doanh, kinh doanh trái phép, "
                + "ban quản lý chợ, chợ cóc, chợ tự phát, chợ đêm, chợ dân sinh, chợ truyền thống, tiểu thương, "
                + "ki ốt, giá cả, tăng giá, bán giá cao, niêm yết giá, hàng giả, hàng nhái, "
                + "hàng kém chất lượng, hàng lậu, hàng cấm, buôn lậu, xăng dầu, cây xăng, cân thiếu, "
                + "gian lận thương mại, siêu thị, tạp hóa, khuyến mãi, người tiêu dùng, bảo vệ người tiêu dùng, "
                + "bán hàng đa cấp, thương mại điện tử, bán hàng online, doanh nghiệp, trốn thuế, hóa đơn mua hàng",
        },
        new()
        {
            Code = "NONG_NGHIEP",
            Name = "Nông nghiệp",
            Description = "Trồng trọt, chăn nuôi, thú y, thủy lợi, thủy sản và bảo vệ rừng.",
            SortOrder = 13,
            Keywords = "nông nghiệp, khuyến nông, nông dân, nông thôn mới, ruộng lúa, cây lúa, đồng ruộng, "
                + "hoa màu, mùa màng, mất mùa, giống cây trồng, phân bón, thuốc trừ sâu, "
                + "thuốc bảo vệ thực vật, dịch hại, thủy lợi, kênh mương, kênh thủy lợi, nước tưới, tưới tiêu, "
                + "hồ chứa nước, chăn nuôi, gia súc, gia cầm, trâu bò, nuôi heo, trại heo, "
                + "dịch tả lợn châu phi, cúm gia cầm, lở mồm long móng, trạm thú y, thả rông gia súc, "
                + "chó thả rông, phá rừng, cháy rừng, trồng rừng, rừng phòng hộ, khai thác gỗ, lâm sản, "
                + "kiểm lâm, thủy sản, nuôi trồng thủy sản, tàu cá",
        },
        new()
        {
            Code = "VAN_HOA_THONG_TIN",
            Name = "Văn hóa, thông tin",
            Description = "Văn hóa, lễ hội, di tích, loa truyền thanh, quảng cáo, viễn thông và thông tin trên mạng.",
            SortOrder = 14,
            Keywords = "văn hóa, nhà văn hóa, thiết chế văn hóa, lễ hội, di tích, di sản, tôn giáo, tín ngưỡng, "
                + "đám cưới, đám tang, việc cưới việc tang, loa phát thanh, loa phường, đài truyền thanh, "
                + "phát thanh, quảng cáo, biển quảng cáo, dán quảng cáo, băng rôn, tờ rơi, bảng hiệu, internet, "
                + "mạng internet, mất sóng, sóng yếu, sóng điện thoại, viễn thông, cáp quang, "
                + "dây cáp viễn thông, nhà mạng, trạm phát sóng, tin nhắn rác, cuộc gọi rác, tin giả, "
                + "thông tin sai sự thật, mạng xã hội, báo chí, thể thao, sân bóng, sân chơi, du lịch, "
                + "khách du lịch",
        },
        new()
        {
            Code = "KHAC",
            Name = "Khác",
            Description = "Phản ánh, kiến nghị không thuộc các lĩnh vực trên.",
            SortOrder = 15,
            Keywords = "",
        },
    ];

    /// <summary>Units, each listed after the unit named in its <see cref="Unit.SucceededByCode"/>.</summary>
    public static List<Unit> Units() =>
    [
        new()
        {
            Code = "VP_UBND_TP",
            Name = "Văn phòng Ủy ban nhân dân thành phố",
            Level = UnitLevel.CoordinatorOffice,
            Email = "vp.ubnd@danang.example",
            ValidFrom = ValidFrom,
        },
        new()
        {
            Code = "SO_XAY_DUNG",
            Name = "Sở Xây dựng",
            Level = UnitLevel.ProvinceDepartment,
            Email = "vp.soxaydung@danang.example",
            AnswerApprovalRequired = true,
            ValidFrom = ValidFrom,
        },
        new()
        {
            Code = "SO_NONG_NGHIEP_MOI_TRUONG",
            Name = "Sở Nông nghiệp và Môi trường",
            Level = UnitLevel.ProvinceDepartment,
            Email = "vp.sonnmt@danang.example",
            ValidFrom = ValidFrom,
        },
        new()
        {
            Code = "SO_Y_TE",
            Name = "Sở Y tế",
            Level = UnitLevel.ProvinceDepartment,
            Email = "vp.soyte@danang.example",
            ValidFrom = ValidFrom,
        },
        new()
        {
            Code = "SO_GIAO_DUC_DAO_TAO",
            Name = "Sở Giáo dục và Đào tạo",
            Level = UnitLevel.ProvinceDepartment,
            Email = "vp.sogddt@danang.example",
            ValidFrom = ValidFrom,
        },
        new()
        {
            Code = "SO_NOI_VU",
            Name = "Sở Nội vụ",
            Level = UnitLevel.ProvinceDepartment,
            Email = "vp.sonoivu@danang.example",
            ValidFrom = ValidFrom,
        },
        new()
        {
            Code = "SO_CONG_THUONG",
            Name = "Sở Công Thương",
            Level = UnitLevel.ProvinceDepartment,
            Email = "vp.socongthuong@danang.example",
            ValidFrom = ValidFrom,
        },
        new()
        {
            Code = "SO_VAN_HOA_THE_THAO_DU_LICH",
            Name = "Sở Văn hóa, Thể thao và Du lịch",
            Level = UnitLevel.ProvinceDepartment,
            Email = "vp.sovhttdl@danang.example",
            ValidFrom = ValidFrom,
        },
        new()
        {
            Code = "SO_KHOA_HOC_CONG_NGHE",
            Name = "Sở Khoa học và Công nghệ",
            Level = UnitLevel.ProvinceDepartment,
            Email = "vp.sokhcn@danang.example",
            ValidFrom = ValidFrom,
        },
        new()
        {
            Code = "CONG_AN_TP",
            Name = "Công an thành phố Đà Nẵng",
            Level = UnitLevel.ProvinceDepartment,
            Email = "tiepdan.congan@danang.example",
            ValidFrom = ValidFrom,
        },
        new()
        {
            Code = "UBND_P_HAI_CHAU",
            Name = "Ủy ban nhân dân phường Hải Châu",
            Level = UnitLevel.CommuneCommittee,
            AreaCode = "P_HAI_CHAU",
            Email = "vp.ubndp-haichau@danang.example",
            ValidFrom = ValidFrom,
        },
        new()
        {
            Code = "UBND_P_HOA_CUONG",
            Name = "Ủy ban nhân dân phường Hòa Cường",
            Level = UnitLevel.CommuneCommittee,
            AreaCode = "P_HOA_CUONG",
            Email = "vp.ubndp-hoacuong@danang.example",
            ValidFrom = ValidFrom,
        },
        new()
        {
            Code = "UBND_P_THANH_KHE",
            Name = "Ủy ban nhân dân phường Thanh Khê",
            Level = UnitLevel.CommuneCommittee,
            AreaCode = "P_THANH_KHE",
            Email = "vp.ubndp-thanhkhe@danang.example",
            ValidFrom = ValidFrom,
        },
        new()
        {
            Code = "UBND_P_AN_KHE",
            Name = "Ủy ban nhân dân phường An Khê",
            Level = UnitLevel.CommuneCommittee,
            AreaCode = "P_AN_KHE",
            Email = "vp.ubndp-ankhe@danang.example",
            ValidFrom = ValidFrom,
        },
        new()
        {
            Code = "UBND_P_SON_TRA",
            Name = "Ủy ban nhân dân phường Sơn Trà",
            Level = UnitLevel.CommuneCommittee,
            AreaCode = "P_SON_TRA",
            Email = "vp.ubndp-sontra@danang.example",
            ValidFrom = ValidFrom,
        },
        new()
        {
            Code = "UBND_P_AN_HAI",
            Name = "Ủy ban nhân dân phường An Hải",
            Level = UnitLevel.CommuneCommittee,
            AreaCode = "P_AN_HAI",
            Email = "vp.ubndp-anhai@danang.example",
            ValidFrom = ValidFrom,
        },
        new()
        {
            Code = "UBND_P_NGU_HANH_SON",
            Name = "Ủy ban nhân dân phường Ngũ Hành Sơn",
            Level = UnitLevel.CommuneCommittee,
            AreaCode = "P_NGU_HANH_SON",
            Email = "vp.ubndp-nguhanhson@danang.example",
            ValidFrom = ValidFrom,
        },
        new()
        {
            Code = "UBND_P_LIEN_CHIEU",
            Name = "Ủy ban nhân dân phường Liên Chiểu",
            Level = UnitLevel.CommuneCommittee,
            AreaCode = "P_LIEN_CHIEU",
            Email = "vp.ubndp-lienchieu@danang.example",
            ValidFrom = ValidFrom,
        },
        new()
        {
            Code = "UBND_P_CAM_LE",
            Name = "Ủy ban nhân dân phường Cẩm Lệ",
            Level = UnitLevel.CommuneCommittee,
            AreaCode = "P_CAM_LE",
            Email = "vp.ubndp-camle@danang.example",
            ValidFrom = ValidFrom,
        },
        new()
        {
            Code = "UBND_P_HOI_AN",
            Name = "Ủy ban nhân dân phường Hội An",
            Level = UnitLevel.CommuneCommittee,
            AreaCode = "P_HOI_AN",
            Email = "vp.ubndp-hoian@danang.example",
            ValidFrom = ValidFrom,
        },
        new()
        {
            Code = "UBND_X_HOA_VANG",
            Name = "Ủy ban nhân dân xã Hòa Vang",
            Level = UnitLevel.CommuneCommittee,
            AreaCode = "X_HOA_VANG",
            Email = "vp.ubndx-hoavang@danang.example",
            ValidFrom = ValidFrom,
        },

        // Shows versioning: the district committee closed when districts were abolished, and
        // items it handled keep pointing at it.
        new()
        {
            Code = "UBND_Q_HAI_CHAU",
            Name = "Ủy ban nhân dân quận Hải Châu",
            Level = UnitLevel.CommuneCommittee,
            Email = "vp.ubndq-haichau@danang.example",
            ValidFrom = DistrictEraFrom,
            ValidTo = ValidFrom,
            SucceededByCode = "UBND_P_HAI_CHAU",
        },
    ];

    public static List<Area> Areas() =>
    [
        new() { Code = "P_HAI_CHAU", Name = "Phường Hải Châu", ShortName = "Hải Châu", CommitteeUnitCode = "UBND_P_HAI_CHAU" },
        new() { Code = "P_HOA_CUONG", Name = "Phường Hòa Cường", ShortName = "Hòa Cường", CommitteeUnitCode = "UBND_P_HOA_CUONG" },
        new() { Code = "P_THANH_KHE", Name = "Phường Thanh Khê", ShortName = "Thanh Khê", CommitteeUnitCode = "UBND_P_THANH_KHE" },
        new() { Code = "P_AN_KHE", Name = "Phường An Khê", ShortName = "An Khê", CommitteeUnitCode = "UBND_P_AN_KHE" },
        new() { Code = "P_SON_TRA", Name = "Phường Sơn Trà", ShortName = "Sơn Trà", CommitteeUnitCode = "UBND_P_SON_TRA" },
        new() { Code = "P_AN_HAI", Name = "Phường An Hải", ShortName = "An Hải", CommitteeUnitCode = "UBND_P_AN_HAI" },
        new() { Code = "P_NGU_HANH_SON", Name = "Phường Ngũ Hành Sơn", ShortName = "Ngũ Hành Sơn", CommitteeUnitCode = "UBND_P_NGU_HANH_SON" },
        new() { Code = "P_LIEN_CHIEU", Name = "Phường Liên Chiểu", ShortName = "Liên Chiểu", CommitteeUnitCode = "UBND_P_LIEN_CHIEU" },
        new() { Code = "P_CAM_LE", Name = "Phường Cẩm Lệ", ShortName = "Cẩm Lệ", CommitteeUnitCode = "UBND_P_CAM_LE" },
        new() { Code = "P_HOI_AN", Name = "Phường Hội An", ShortName = "Hội An", CommitteeUnitCode = "UBND_P_HOI_AN" },
        new() { Code = "X_HOA_VANG", Name = "Xã Hòa Vang", ShortName = "Hòa Vang", CommitteeUnitCode = "UBND_X_HOA_VANG" },
    ];

    /// <summary>
    /// One area-less default per field, plus area overrides. A null unit means competence lies
    /// with the commune level: the item goes to the committee of the area it concerns.
    /// </summary>
    public static List<RoutingRule> RoutingRules() =>
    [
        new() { FieldCode = "DAT_DAI" },
        new() { FieldCode = "XAY_DUNG" },
        new() { FieldCode = "MOI_TRUONG" },
        new() { FieldCode = "GIAO_THONG" },
        new() { FieldCode = "DO_THI" },
        new() { FieldCode = "AN_NINH_TRAT_TU" },
        new() { FieldCode = "Y_TE", UnitCode = "SO_Y_TE" },
        new() { FieldCode = "GIAO_DUC", UnitCode = "SO_GIAO_DUC_DAO_TAO" },
        new() { FieldCode = "LAO_DONG_XA_HOI" },
        new() { FieldCode = "TTHC" },
        new() { FieldCode = "DIEN_NUOC", UnitCode = "SO_CONG_THUONG" },
        new() { FieldCode = "KINH_TE_THUONG_MAI" },
        new() { FieldCode = "NONG_NGHIEP" },
        new() { FieldCode = "VAN_HOA_THONG_TIN" },
        new() { FieldCode = "KHAC", UnitCode = "VP_UBND_TP" },

        // Roads inside the Hội An heritage zone are the province's, not the ward's.
        new() { FieldCode = "GIAO_THONG", AreaCode = "P_HOI_AN", UnitCode = "SO_XAY_DUNG" },

        // The Sơn Trà peninsula nature reserve is managed at province level.
        new() { FieldCode = "MOI_TRUONG", AreaCode = "P_SON_TRA", UnitCode = "SO_NONG_NGHIEP_MOI_TRUONG" },
    ];
}
