using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Pakn.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class SlaPoliciesAndNotifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ExtensionDecidedAt",
                table: "Feedback",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExtensionDecidedBy",
                table: "Feedback",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExtensionDecisionNote",
                table: "Feedback",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ExtensionMissedDueAt",
                table: "Feedback",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ExtensionNewDueAt",
                table: "Feedback",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExtensionReason",
                table: "Feedback",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ExtensionRequestedAt",
                table: "Feedback",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExtensionRequestedBy",
                table: "Feedback",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExtensionState",
                table: "Feedback",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ForwardDueAt",
                table: "Feedback",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ForwardOnTime",
                table: "Feedback",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LastUpdateAt",
                table: "Feedback",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Overdue",
                table: "Feedback",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ResolutionEndedAt",
                table: "Feedback",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ResolutionPausedAt",
                table: "Feedback",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ResolutionResumedAt",
                table: "Feedback",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ResolutionStage",
                table: "Feedback",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ResolutionStageStartedAt",
                table: "Feedback",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SlaPolicyId",
                table: "Feedback",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "SlaRecalcPending",
                table: "Feedback",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "UpdateBreached",
                table: "Feedback",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "UpdateBreaches",
                table: "Feedback",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "UpdateDueAt",
                table: "Feedback",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "UpdateWarnAt",
                table: "Feedback",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "UpdateWarned",
                table: "Feedback",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    FeedbackId = table.Column<Guid>(type: "uuid", nullable: true),
                    TrackingCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    RecipientKind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Role = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    UnitCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Address = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    Subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Link = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ClaimToken = table.Column<Guid>(type: "uuid", nullable: true),
                    ClaimedUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DeliveredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SlaPolicies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FieldCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Severity = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Scope = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    FirstResponseHours = table.Column<double>(type: "double precision", nullable: false),
                    FirstResponseWorkingHours = table.Column<double>(type: "double precision", nullable: true),
                    ResolutionWorkingDays = table.Column<int>(type: "integer", nullable: true),
                    ResolutionWorkingHours = table.Column<double>(type: "double precision", nullable: true),
                    ForwardWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    UpdateIntervalWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    WarningShare = table.Column<double>(type: "double precision", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    SupersededAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SlaPolicies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SlaStages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FeedbackId = table.Column<Guid>(type: "uuid", nullable: false),
                    Clock = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    UnitCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EndedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    OnTime = table.Column<bool>(type: "boolean", nullable: false)
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
                    { 1, new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "system", null, 24.0, null, 5, "Mặc định: phản hồi trong 24 giờ, giải quyết theo số ngày làm việc của lĩnh vực.", null, null, "*|*", null, null, 5, 1, 0.75 },
                    { 2, new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "system", null, 24.0, 2.0, 5, "Khẩn: tiếp nhận trong 2 giờ làm việc, giải quyết trong 4 giờ làm việc.", null, 4.0, "*|Urgent", "Urgent", null, 5, 1, 0.75 }
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
