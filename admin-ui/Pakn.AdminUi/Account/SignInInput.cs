using System.ComponentModel.DataAnnotations;

namespace Pakn.AdminUi.Account;

public sealed class SignInInput
{
    [Required(ErrorMessage = "Vui lòng nhập tên đăng nhập.")]
    [StringLength(100, ErrorMessage = "Tên đăng nhập quá dài.")]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "Vui lòng nhập mật khẩu.")]
    [StringLength(200, ErrorMessage = "Mật khẩu quá dài.")]
    public string Password { get; set; } = "";
}
