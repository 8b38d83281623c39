using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Pakn.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SlaPoliciesAndNotifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ExtensionDecidedAt",
                table: "Feedback",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExtensionDecidedBy",
                table: "Feedback",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExtensionDecisionNote",
                table: "Feedback",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ExtensionMissedDueAt",
                table: "Feedback",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ExtensionNewDueAt",
                table: "Feedback",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExtensionReason",
                table: "Feedback",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ExtensionRequestedAt",
                table: "Feedback",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExtensionRequestedBy",
                table: "Feedback",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExtensionState",
                table: "Feedback",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "ForwardDueAt",
                table: "Feedback",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ForwardOnTime",
                table: "Feedback",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LastUpdateAt",
                table: "Feedback",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Overdue",
                table: "Feedback",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "ResolutionEndedAt",
                table: "Feedback",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ResolutionPausedAt",
                table: "Feedback",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ResolutionResumedAt",
                table: "Feedback",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ResolutionStage",
                table: "Feedback",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "ResolutionStageStartedAt",
                table: "Feedback",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SlaPolicyId",
                table: "Feedback",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "SlaRecalcPending",
                table: "Feedback",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "UpdateBreached",
                table: "Feedback",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "UpdateBreaches",
                table: "Feedback",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "UpdateDueAt",
                table: "Feedback",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "UpdateWarnAt",
                table: "Feedback",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "UpdateWarned",
                table: "Feedback",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FeedbackId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TrackingCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    RecipientKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClaimToken = table.Column<Guid>(type: "TEXT", nullable: true),
                    ClaimedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DeliveredAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SlaPolicies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FieldCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Severity = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstResponseHours = table.Column<double>(type: "REAL", nullable: false),
                    FirstResponseWorkingHours = table.Column<double>(type: "REAL", nullable: true),
                    ResolutionWorkingDays = table.Column<int>(type: "INTEGER", nullable: true),
                    ResolutionWorkingHours = table.Column<double>(type: "REAL", nullable: true),
                    ForwardWorkingDays = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdateIntervalWorkingDays = table.Column<int>(type: "INTEGER", nullable: false),
                    WarningShare = table.Column<double>(type: "REAL", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SupersededAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SlaPolicies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SlaStages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FeedbackId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Clock = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    OnTime = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SlaStages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SlaStages_Feedback_FeedbackId",
                        column: x => x.FeedbackId,
                        principalTable: "Feedback",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "SlaPolicies",
                columns: new[] { "Id", "CreatedAt", "CreatedBy", "FieldCode", "FirstResponseHours", "FirstResponseWorkingHours", "ForwardWorkingDays", "Note", "ResolutionWorkingDays", "ResolutionWorkingHours", "Scope", "Severity", "SupersededAt", "UpdateIntervalWorkingDays", "Version", "WarningShare" },
                values: new object[,]
                {
                    { 1, 1308729802752000000L, "system", null, 24.0, null, 5, "Mặc định: phản hồi trong 24 giờ, giải quyết theo số ngày làm việc của lĩnh vực.", null, null, "*|*", null, null, 5, 1, 0.75 },
                    { 2, 1308729802752000000L, "system", null, 24.0, 2.0, 5, "Khẩn: tiếp nhận trong 2 giờ làm việc, giải quyết trong 4 giờ làm việc.", null, 4.0, "*|Urgent", "Urgent", null, 5, 1, 0.75 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_Feedback_ExtensionState_UnitCode",
                table: "Feedback",
                columns: new[] { "ExtensionState", "UnitCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Feedback_Overdue_UnitCode",
                table: "Feedback",
                columns: new[] { "Overdue", "UnitCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Feedback_SlaPolicyId",
                table: "Feedback",
                column: "SlaPolicyId");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_FeedbackId",
                table: "Notifications",
                column: "FeedbackId");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_Role_UnitCode_CreatedAt",
                table: "Notifications",
                columns: new[] { "Role", "UnitCode", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_State_NextAttemptAt",
                table: "Notifications",
                columns: new[] { "State", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SlaPolicies_Scope_Version",
                table: "SlaPolicies",
                columns: new[] { "Scope", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SlaStages_EndedAt_Clock",
                table: "SlaStages",
                columns: new[] { "EndedAt", "Clock" });

            migrationBuilder.CreateIndex(
                name: "IX_SlaStages_FeedbackId",
                table: "SlaStages",
                column: "FeedbackId");

            migrationBuilder.AddForeignKey(
                name: "FK_Feedback_SlaPolicies_SlaPolicyId",
                table: "Feedback",
                column: "SlaPolicyId",
                principalTable: "SlaPolicies",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Feedback_SlaPolicies_SlaPolicyId",
                table: "Feedback");

            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropTable(
                name: "SlaPolicies");

            migrationBuilder.DropTable(
                name: "SlaStages");

            migrationBuilder.DropIndex(
                name: "IX_Feedback_ExtensionState_UnitCode",
                table: "Feedback");

            migrationBuilder.DropIndex(
                name: "IX_Feedback_Overdue_UnitCode",
                table: "Feedback");

            migrationBuilder.DropIndex(
                name: "IX_Feedback_SlaPolicyId",
                table: "Feedback");

            migrationBuilder.DropColumn(
                name: "ExtensionDecidedAt",
                table: "Feedback");

            migrationBuilder.DropColumn(
                name: "ExtensionDecidedBy",
                table: "Feedback");

            migrationBuilder.DropColumn(
                name: "ExtensionDecisionNote",
                table: "Feedback");

            migrationBuilder.DropColumn(
                name: "ExtensionMissedDueAt",
                table: "Feedback");

            migrationBuilder.DropColumn(
                name: "ExtensionNewDueAt",
                table: "Feedback");

            migrationBuilder.DropColumn(
                name: "ExtensionReason",
                table: "Feedback");

            migrationBuilder.DropColumn(
                name: "ExtensionRequestedAt",
                table: "Feedback");

            migrationBuilder.DropColumn(
                name: "ExtensionRequestedBy",
                table: "Feedback");

            migrationBuilder.DropColumn(
                name: "ExtensionState",
                table: "Feedback");

            migrationBuilder.DropColumn(
                name: "ForwardDueAt",
                table: "Feedback");

            migrationBuilder.DropColumn(
                name: "ForwardOnTime",
                table: "Feedback");

            migrationBuilder.DropColumn(
                name: "LastUpdateAt",
                table: "Feedback");

            migrationBuilder.DropColumn(
                name: "Overdue",
                table: "Feedback");

            migrationBuilder.DropColumn(
                name: "ResolutionEndedAt",
                table: "Feedback");

            migrationBuilder.DropColumn(
                name: "ResolutionPausedAt",
                table: "Feedback");

            migrationBuilder.DropColumn(
                name: "ResolutionResumedAt",
                table: "Feedback");

            migrationBuilder.DropColumn(
                name: "ResolutionStage",
                table: "Feedback");

            migrationBuilder.DropColumn(
                name: "ResolutionStageStartedAt",
                table: "Feedback");

            migrationBuilder.DropColumn(
                name: "SlaPolicyId",
                table: "Feedback");

            migrationBuilder.DropColumn(
                name: "SlaRecalcPending",
                table: "Feedback");

            migrationBuilder.DropColumn(
                name: "UpdateBreached",
                table: "Feedback");

            migrationBuilder.DropColumn(
                name: "UpdateBreaches",
                table: "Feedback");

            migrationBuilder.DropColumn(
                name: "UpdateDueAt",
                table: "Feedback");

            migrationBuilder.DropColumn(
                name: "UpdateWarnAt",
                table: "Feedback");

            migrationBuilder.DropColumn(
                name: "UpdateWarned",
                table: "Feedback");
        }
    }
}
