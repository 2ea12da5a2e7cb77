/**
 * The entry of an evaluation thread (piscina loads it; under ts-node through ts-worker.cjs).
 * It only runs the pure engine on the task's plain data: no database, no request.
 */
import { runTask, type EvaluationTask, type TaskResult } from './tasks';

export default function evaluate(task: EvaluationTask): TaskResult {
  return runTask(task);
}
