/**
 * Scenarios (probe 9): the file format ({@link dev.b24kit.eval.scenario.ScenarioFiles},
 * {@link dev.b24kit.eval.scenario.Scenario}) and the seam through which a step reaches the tools an agent
 * uses: a step names a tool and gives JSON arguments; a {@link dev.b24kit.eval.scenario.ToolCaller} answers a
 * {@link dev.b24kit.eval.scenario.ToolResult}. By default the eval calls the gateway's tool layer in-process.
 */
package dev.b24kit.eval.scenario;
