using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pakn.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ChatRetentionAndZaloTokens : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LastActivityAt",
                table: "DirectLineConversations",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OpenForm",
                table: "Conversations",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ZaloChannel",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    AppId = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    OaSecretKey = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    AppSecret = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    AccessToken = table.Column<string>(type: "nvarchar(2048)", maxLength: 2048, nullable: false),
                    RefreshToken = table.Column<string>(type: "nvarchar(2048)", maxLength: 2048, nullable: false),
                    AccessTokenExpiresAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    RefreshedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    RefreshLeaseOwner = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    RefreshLeaseUntil = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ZaloChannel", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DirectLineConversations_LastActivityAt",
                table: "DirectLineConversations",
                column: "LastActivityAt");

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_UpdatedAt",
                table: "Conversations",
                column: "UpdatedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ZaloChannel");

            migrationBuilder.DropIndex(
                name: "IX_DirectLineConversations_LastActivityAt",
                table: "DirectLineConversations");

            migrationBuilder.DropIndex(
                name: "IX_Conversations_UpdatedAt",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "LastActivityAt",
                table: "DirectLineConversations");

            migrationBuilder.DropColumn(
                name: "OpenForm",
                table: "Conversations");
        }
    }
}
