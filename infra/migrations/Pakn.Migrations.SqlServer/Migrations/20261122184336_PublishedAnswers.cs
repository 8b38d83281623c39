using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pakn.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class PublishedAnswers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PublishedAnswers",
                columns: table => new
                {
                    FeedbackId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TrackingCode = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Question = table.Column<string>(type: "nvarchar(max)", maxLength: 10000, nullable: false),
                    Answer = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: false),
                    FieldCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    AreaCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    UnitCode = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    PublishedBy = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    SearchText = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Hidden = table.Column<bool>(type: "bit", nullable: false),
                    HiddenReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    HiddenBy = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: true),
                    HiddenAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublishedAnswers", x => x.FeedbackId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PublishedAnswers_AreaCode_PublishedAt",
                table: "PublishedAnswers",
                columns: new[] { "AreaCode", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PublishedAnswers_FieldCode_PublishedAt",
                table: "PublishedAnswers",
                columns: new[] { "FieldCode", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PublishedAnswers_Hidden_PublishedAt",
                table: "PublishedAnswers",
                columns: new[] { "Hidden", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PublishedAnswers_TrackingCode",
                table: "PublishedAnswers",
                column: "TrackingCode",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PublishedAnswers");
        }
    }
}
