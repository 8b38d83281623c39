using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pakn.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ContactReplyAddress : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ContactReplyAddress",
                table: "Feedback",
                type: "TEXT",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ContactReplyAddress",
                table: "Feedback");
        }
    }
}
