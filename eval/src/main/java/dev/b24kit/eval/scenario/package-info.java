/**
 * The seam through which scenarios (probe 9) will reach the tools an agent uses: a scenario step names a
 * tool and gives JSON arguments; a {@link dev.b24kit.eval.scenario.ToolCaller} answers a
 * {@link dev.b24kit.eval.scenario.ToolResult}. The tool layer itself (the gateway's MCP tools) is wired in
 * later; until then the scenarios probe is skipped with that reason.
 */
package dev.b24kit.eval.scenario;
