using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pakn.Migrations.PostgreSql.Migrations
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
                type: "character varying(200)",
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
