using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DsarPlatform.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class TimerIncidents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "TimerId",
                table: "Incidents",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_TimerId",
                table: "Incidents",
                column: "TimerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Incidents_TimerId",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "TimerId",
                table: "Incidents");
        }
    }
}
