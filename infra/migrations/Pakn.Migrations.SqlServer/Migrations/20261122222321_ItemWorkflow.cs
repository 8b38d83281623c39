using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pakn.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ItemWorkflow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "AnswerApprovalRequired",
                table: "Units",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "EditReason",
                table: "PublishedAnswers",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "EditedAt",
                table: "PublishedAnswers",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EditedBy",
                table: "PublishedAnswers",
                type: "nvarchar(120)",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Evidence",
                table: "FeedbackAttachments",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "Published",
                table: "FeedbackAttachments",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "AnswerApproval",
                table: "Feedback",
                type: "nvarchar(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "None");

            migrationBuilder.AddColumn<string>(
                name: "ApprovalComment",
                table: "Feedback",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DraftAnswer",
                table: "Feedback",
                type: "nvarchar(max)",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DraftAnswerAt",
                table: "Feedback",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DraftAnswerBy",
                table: "Feedback",
                type: "nvarchar(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DraftNote",
                table: "Feedback",
                type: "nvarchar(2100)",
                maxLength: 2100,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "KeepPrivate",
                table: "Feedback",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "PrivateReason",
                table: "Feedback",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ResponseTemplates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    FieldCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "nvarchar(max)", maxLength: 5000, nullable: false),
                    Active = table.Column<bool>(type: "bit", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResponseTemplates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResponseTemplates_Fields_FieldCode",
                        column: x => x.FieldCode,
                        principalTable: "Fields",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Feedback_State_AnsweredAt",
                table: "Feedback",
                columns: new[] { "State", "AnsweredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Feedback_UnitCode_AnswerApproval",
                table: "Feedback",
                columns: new[] { "UnitCode", "AnswerApproval" });

            migrationBuilder.CreateIndex(
                name: "IX_ResponseTemplates_FieldCode_Kind",
                table: "ResponseTemplates",
                columns: new[] { "FieldCode", "Kind" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ResponseTemplates");

            migrationBuilder.DropIndex(
                name: "IX_Feedback_State_AnsweredAt",
                table: "Feedback");

            migrationBuilder.DropIndex(
                name: "IX_Feedback_UnitCode_AnswerApproval",
                table: "Feedback");

            migrationBuilder.DropColumn(
                name: "AnswerApprovalRequired",
                table: "Units");

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
                name: "Evidence",
                table: "FeedbackAttachments");

            migrationBuilder.DropColumn(
                name: "Published",
                table: "FeedbackAttachments");

            migrationBuilder.DropColumn(
                name: "AnswerApproval",
                table: "Feedback");

            migrationBuilder.DropColumn(
                name: "ApprovalComment",
                table: "Feedback");

            migrationBuilder.DropColumn(
                name: "DraftAnswer",
                table: "Feedback");

            migrationBuilder.DropColumn(
                name: "DraftAnswerAt",
                table: "Feedback");

            migrationBuilder.DropColumn(
                name: "DraftAnswerBy",
                table: "Feedback");

            migrationBuilder.DropColumn(
                name: "DraftNote",
                table: "Feedback");

            migrationBuilder.DropColumn(
                name: "KeepPrivate",
                table: "Feedback");

            migrationBuilder.DropColumn(
                name: "PrivateReason",
                table: "Feedback");
        }
    }
}
