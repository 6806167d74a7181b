/** The Advice page, its route, and the "what would change" preview the planner shows. */
export { AdvicePage } from './AdvicePage'
export { WhatWouldChange } from './WhatWouldChange'
export { adviceHash } from './use-advice-route'
