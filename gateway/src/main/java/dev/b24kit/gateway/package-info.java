/**
 * The gateway: the MCP server whose tools speak human field labels ({@link dev.b24kit.gateway.tools}),
 * served over stdio or Streamable HTTP on one Jetty server that also hosts the event intake, health,
 * metrics and mounted pages ({@link dev.b24kit.gateway.Gateway}).
 */
package dev.b24kit.gateway;
