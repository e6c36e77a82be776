using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DsarPlatform.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RequestQueue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AssigneeId",
                table: "Requests",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Requests_ClosedByTime",
                table: "Requests",
                columns: new[] { "ClosedAtUtc", "Id" },
                filter: "\"ClosedAtUtc\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Requests_OpenByAssigneeAndDue",
                table: "Requests",
                columns: new[] { "AssigneeId", "DueAtUtc", "Id" },
                filter: "\"ClosedAtUtc\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Requests_OpenByDue",
                table: "Requests",
                columns: new[] { "DueAtUtc", "Id" },
                filter: "\"ClosedAtUtc\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Requests_OpenByTypeAndDue",
                table: "Requests",
                columns: new[] { "Type", "DueAtUtc", "Id" },
                filter: "\"ClosedAtUtc\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Requests_ClosedByTime",
                table: "Requests");

            migrationBuilder.DropIndex(
                name: "IX_Requests_OpenByAssigneeAndDue",
                table: "Requests");

            migrationBuilder.DropIndex(
                name: "IX_Requests_OpenByDue",
                table: "Requests");

            migrationBuilder.DropIndex(
                name: "IX_Requests_OpenByTypeAndDue",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "AssigneeId",
                table: "Requests");
        }
    }
}
