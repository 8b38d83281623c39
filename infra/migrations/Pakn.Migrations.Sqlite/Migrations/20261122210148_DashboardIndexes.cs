using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pakn.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DashboardIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Feedback_Dashboard",
                table: "Feedback",
                columns: new[] { "ReceivedAt", "UnitCode", "State", "FieldCode", "Channel", "Confidential", "AnsweredAt", "PublishedAt", "FirstResponseOnTime", "FirstResponseBreached", "ResolutionOnTime", "ResolutionBreached", "ResolutionDueAt", "Rating" });

            migrationBuilder.CreateIndex(
                name: "IX_Feedback_Queue",
                table: "Feedback",
                columns: new[] { "State", "UnitCode", "ResolutionOnTime", "ResolutionDueAt", "FirstResponseOnTime", "FirstResponseDueAt", "ReceivedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Feedback_Dashboard",
                table: "Feedback");

            migrationBuilder.DropIndex(
                name: "IX_Feedback_Queue",
                table: "Feedback");
        }
    }
}
