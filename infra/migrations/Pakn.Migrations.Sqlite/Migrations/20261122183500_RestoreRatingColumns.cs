using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Pakn.Core.Data;

namespace Pakn.Migrations.Sqlite.Migrations;

/// <summary>
/// SQLite only. ChatConversations (dialog branch) added the rating columns, then
/// SlaPoliciesAndNotifications (sla branch, generated without them) rebuilt the Feedback table
/// from its own target model to add a foreign key, which dropped them. The model snapshot has
/// the columns, so this repair is written by hand and has no target model of its own.
/// </summary>
[DbContext(typeof(PaknDbContext))]
[Migration("20261122183500_RestoreRatingColumns")]
public sealed class RestoreRatingColumns : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<long>(name: "RatedAt", table: "Feedback", type: "INTEGER", nullable: true);
        migrationBuilder.AddColumn<int>(name: "Rating", table: "Feedback", type: "INTEGER", nullable: true);
        migrationBuilder.AddColumn<bool>(name: "ResolvedByCitizen", table: "Feedback", type: "INTEGER", nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(name: "RatedAt", table: "Feedback");
        migrationBuilder.DropColumn(name: "Rating", table: "Feedback");
        migrationBuilder.DropColumn(name: "ResolvedByCitizen", table: "Feedback");
    }
}
