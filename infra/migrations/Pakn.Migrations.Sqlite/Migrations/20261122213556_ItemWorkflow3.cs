using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pakn.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ItemWorkflow3 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EditReason",
                table: "PublishedAnswers",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "EditedAt",
                table: "PublishedAnswers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EditedBy",
                table: "PublishedAnswers",
                type: "TEXT",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "KeepPrivate",
                table: "Feedback",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "PrivateReason",
                table: "Feedback",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Feedback_State_AnsweredAt",
                table: "Feedback",
                columns: new[] { "State", "AnsweredAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Feedback_State_AnsweredAt",
                table: "Feedback");

            migrationBuilder.DropColumn(
                name: "EditReason",
                table: "PublishedAnswers");

            migrationBuilder.DropColumn(
                name: "EditedAt",
                table: "PublishedAnswers");

            migrationBuilder.DropColumn(
                name: "EditedBy",
                table: "PublishedAnswers");

            migrationBuilder.DropColumn(
                name: "KeepPrivate",
                table: "Feedback");

            migrationBuilder.DropColumn(
                name: "PrivateReason",
                table: "Feedback");
        }
    }
}
