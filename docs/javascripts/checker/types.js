// @ts-check
// Leefloonwijzer: the shapes of the data the checker page handles, as JSDoc types.
//
// The result JSON is checker.uitkomst.Result.to_dict() (Python); the worker messages are
// the protocol of javascripts/worker.js. Only types here: this module exports nothing
// at run time.

/**
 * The page configuration in data-lw-config (scripts/sitegen/checker_build.py).
 * @typedef {object} QuestionConfig
 * @property {string} short
 * @property {string} type          "janee" | "keuze" | "geheel" | "bedrag" | "lijst"
 * @property {string} unit
 * @property {Record<string, string>} choices
 * @property {number|null} [max]
 * @property {Record<string, QuestionConfig>} [fields]
 * @property {boolean} [start]     a list field: shown before Python has seen its entry
 *
 * @typedef {object} PageConfig
 * @property {string} pyodide
 * @property {string} pyodide_version
 * @property {string} rules
 * @property {string} rules_name
 * @property {string} snapshot
 * @property {string} worker
 * @property {string} root
 * @property {string} rules_version
 * @property {string} covered_from
 * @property {string} covered_until
 * @property {string} covered_until_text
 * @property {Record<string, QuestionConfig>} questions
 */

/**
 * One housemate as the form sends it (raw text; Python parses).
 * @typedef {Record<string, string>} Entry
 *
 * Raw answers: question id → text, or a list of entries.
 * @typedef {Record<string, string | Entry[]>} Answers
 *
 * @typedef {object} Payload
 * @property {string} peildatum
 * @property {Answers} antwoorden
 * @property {true} [spoor]                  the trainers' view: add result.trace
 * @property {{peildatum: string, antwoorden: Answers}} [vergelijk]   compare with these
 */

/**
 * @typedef {object} Notice
 * @property {string} id
 * @property {string} title
 * @property {string} text
 * @property {string[]} legal_basis
 * @property {string} page
 *
 * @typedef {object} Condition
 * @property {string} id
 * @property {string} title
 * @property {"met"|"not_met"|"uncertain"} status
 * @property {string} status_text
 * @property {string[]} reasons
 * @property {string[]} legal_basis
 * @property {string} page
 * @property {string[]} used_answers
 * @property {string[]} missing_answers
 * @property {Record<string, string>} missing_labels
 * @property {string[]} decisive_answers
 *
 * @typedef {object} Step
 * @property {string} description
 * @property {number} amount
 * @property {string} amount_text
 * @property {"rate"|"income"|"deduction"|"subtotal"|"result"|"optional"} kind
 *
 * @typedef {object} Variant
 * @property {string} kind
 * @property {string} title
 * @property {number} monthly_amount
 * @property {string} monthly_amount_text
 * @property {string} counted_resources_text
 * @property {Step[]} steps
 *
 * @typedef {object} Indexed
 * @property {number} monthly_amount
 * @property {string} monthly_amount_text
 * @property {string} monthly_rate_text
 * @property {string} valid_from_text
 * @property {string} text                 the sentence the result shows
 *
 * @typedef {object} Amount
 * @property {number} category
 * @property {string} category_label
 * @property {number} monthly_amount
 * @property {string} monthly_amount_text
 * @property {string} monthly_rate_text
 * @property {string} counted_resources_text
 * @property {string} valid_from_text
 * @property {string} rate_certainty
 * @property {string} rate_text            category, its amount's date and how sure it is
 * @property {string[]} legal_basis
 * @property {Step[]} steps
 * @property {string} regime
 * @property {Variant|null} variant
 * @property {Indexed|null} indexed
 *
 * @typedef {object} Headline
 * @property {string} text
 * @property {string|null} amount_label
 * @property {string|null} amount_text
 * @property {string|null} amount_note
 * @property {string|null} first_step
 *
 * @typedef {object} Result
 * @property {string} reference_date
 * @property {string} reference_date_text
 * @property {string} rules_version
 * @property {"eligible"|"not_eligible"|"uncertain"} outcome
 * @property {string} outcome_text
 * @property {Headline} headline
 * @property {boolean} settled
 * @property {Condition[]} conditions
 * @property {Amount|null} amount
 * @property {string|null} amount_heading
 * @property {Notice[]} alternatives
 * @property {Notice[]} warnings
 * @property {Notice[]} caveats
 * @property {Notice[]} next_steps
 * @property {string[]} missing_answers
 * @property {Record<string, string>} missing_labels
 * @property {string[]} relevant_questions
 * @property {string[]} ignored_answers
 * @property {TraceCondition[]} [trace]   only when the request asked for it ("spoor")
 *
 * @typedef {object} FieldError
 * @property {string} field    a question id or a path like huisgenoten.1.inkomen
 * @property {string} label
 * @property {string} message
 *
 * What checker.browser.run answers.
 * @typedef {{ok: true, result: Result, comparison?: Comparison} | {ok: false, errors: FieldError[], relevant_questions: string[]}} RunAnswer
 */

/**
 * The trainers' view (checker.browser): per condition what its rule read.
 * @typedef {object} TraceAnswer
 * @property {string} id
 * @property {string} label
 *
 * @typedef {object} TraceParameter
 * @property {string} id
 * @property {string} name
 * @property {string} value_text
 * @property {string} valid_from
 * @property {string} valid_from_text
 * @property {string} legal_basis
 * @property {string} source
 * @property {string} source_title
 * @property {string} certainty
 * @property {string} certainty_note       "" when checked, else e.g. " (berekend)"
 *
 * @typedef {object} TraceCondition
 * @property {string} id
 * @property {string} title
 * @property {TraceAnswer[]} used
 * @property {TraceAnswer[]} decisive
 * @property {string[]} legal_basis
 * @property {TraceParameter[]} parameters
 *
 * One difference (checker.vergelijking.Verschil): "before" is the other result (pinned,
 * or the other date), "after" the current one.
 * @typedef {object} Difference
 * @property {"uitkomst"|"voorwaarde"|"categorie"|"bedrag"|"melding"|"parameter"} kind
 * @property {string} what
 * @property {string} before
 * @property {string} after
 * @property {string} why
 * @property {string} ref     the condition, notice or parameter id ("" otherwise)
 *
 * @typedef {{ok: true, result: Result, differences: Difference[]} | {ok: false, errors: FieldError[]}} Comparison
 *
 * What the result view marks as changed (trainer.js → result.js): headline, conditions.
 * @typedef {object} Changes
 * @property {string} label                       "vastgezet" or "op 15 februari 2026"
 * @property {number} count                       how many differences there are
 * @property {Difference[]} head                  outcome and amount differences
 * @property {Record<string, Difference>} conditions   by condition id
 */

/**
 * Messages from javascripts/worker.js. "progress" and "run-error" come from newer
 * workers; an older worker reports a failed run as "error" after "ready".
 * @typedef {{type: "ready", ms: number, phases: Record<string, number>, source: string, startedAt: number}} ReadyMessage
 * @typedef {{type: "progress", loaded: number, total: number, phase?: "download"|"python"|"rules"}} ProgressMessage
 * @typedef {{type: "error", message: string, stalled?: boolean}} ErrorMessage
 * @typedef {{type: "run-error", id: number, message: string}} RunErrorMessage
 * @typedef {{type: "result", id: number, text: string, ms: number, tIn: number, tOut: number}} ResultMessage
 * @typedef {{type: "snapshot-cached"}} SnapshotCachedMessage
 * @typedef {ReadyMessage | ProgressMessage | ErrorMessage | RunErrorMessage | ResultMessage | SnapshotCachedMessage | SnapshotSkippedMessage} WorkerMessage
 * @typedef {{type: "snapshot-skipped", reason: string}} SnapshotSkippedMessage
 */

export {};
