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

            migrationBuilder.CreateIndex(
                name: "IX_Feedback_UnitCode_AnswerApproval",
                table: "Feedback",
                columns: new[] { "UnitCode", "AnswerApproval" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Feedback_UnitCode_AnswerApproval",
                table: "Feedback");

            migrationBuilder.DropColumn(
                name: "AnswerApprovalRequired",
                table: "Units");

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
        }
    }
}
