using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pakn.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class LetterSequences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LetterSequences",
                columns: table => new
                {
                    UnitCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    LastNumber = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LetterSequences", x => new { x.UnitCode, x.Year });
                });

            // Series continue from the letters already issued.
            migrationBuilder.Sql(
                "INSERT INTO \"LetterSequences\" (\"UnitCode\", \"Year\", \"LastNumber\") " +
                "SELECT \"UnitCode\", \"Year\", MAX(\"Number\") FROM \"ApologyLetters\" GROUP BY \"UnitCode\", \"Year\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LetterSequences");
        }
    }
}
