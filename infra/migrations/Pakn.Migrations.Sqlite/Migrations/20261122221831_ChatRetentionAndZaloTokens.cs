using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pakn.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ChatRetentionAndZaloTokens : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "LastActivityAt",
                table: "DirectLineConversations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OpenForm",
                table: "Conversations",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ZaloChannel",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    AppId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    OaSecretKey = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    AppSecret = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    AccessToken = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    RefreshToken = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    AccessTokenExpiresAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RefreshedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RefreshLeaseOwner = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    RefreshLeaseUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
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
