using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pakn.Migrations.Sqlite.Migrations
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
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

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
                name: "Evidence",
                table: "FeedbackAttachments",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "Published",
                table: "FeedbackAttachments",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "AnswerApproval",
                table: "Feedback",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "None");

            migrationBuilder.AddColumn<string>(
                name: "ApprovalComment",
                table: "Feedback",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DraftAnswer",
                table: "Feedback",
                type: "TEXT",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "DraftAnswerAt",
                table: "Feedback",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DraftAnswerBy",
                table: "Feedback",
                type: "TEXT",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DraftNote",
                table: "Feedback",
                type: "TEXT",
                maxLength: 2100,
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

            migrationBuilder.CreateTable(
                name: "ResponseTemplates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FieldCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false)
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
