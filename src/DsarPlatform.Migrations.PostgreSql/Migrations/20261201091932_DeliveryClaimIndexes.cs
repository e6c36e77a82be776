using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DsarPlatform.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class DeliveryClaimIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OutgoingEmails_SentAtUtc_CreatedAtUtc",
                table: "OutgoingEmails");

            migrationBuilder.DropIndex(
                name: "IX_Outbox_SentAtUtc_CreatedAtUtc",
                table: "Outbox");

            migrationBuilder.CreateIndex(
                name: "IX_OutgoingEmails_Unsent",
                table: "OutgoingEmails",
                column: "CreatedAtUtc",
                filter: "\"SentAtUtc\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_Unsent",
                table: "Outbox",
                column: "CreatedAtUtc",
                filter: "\"SentAtUtc\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AuditChain_Unsealed",
                table: "AuditChain",
                column: "Id",
                filter: "\"Seq\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OutgoingEmails_Unsent",
                table: "OutgoingEmails");

            migrationBuilder.DropIndex(
                name: "IX_Outbox_Unsent",
                table: "Outbox");

            migrationBuilder.DropIndex(
                name: "IX_AuditChain_Unsealed",
                table: "AuditChain");

            migrationBuilder.CreateIndex(
                name: "IX_OutgoingEmails_SentAtUtc_CreatedAtUtc",
                table: "OutgoingEmails",
                columns: new[] { "SentAtUtc", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_SentAtUtc_CreatedAtUtc",
                table: "Outbox",
                columns: new[] { "SentAtUtc", "CreatedAtUtc" });
        }
    }
}
