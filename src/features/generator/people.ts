import { guid } from './ids.ts'
import type { Random } from './random.ts'

// First and last names seen in Microsoft's own demo tenants (Contoso).
const FIRST = [
  'Adele',
  'Alex',
  'Diego',
  'Grady',
  'Henrietta',
  'Isaiah',
  'Johanna',
  'Joni',
  'Lee',
  'Lidia',
  'Lynne',
  'Megan',
  'Miriam',
  'Nestor',
  'Patti',
  'Pradeep',
  'Allan',
  'Christie',
  'Debra',
  'Irvin',
] as const
const LAST = [
  'Vance',
  'Wilber',
  'Siciliani',
  'Archie',
  'Mueller',
  'Langer',
  'Lorenz',
  'Sherman',
  'Gu',
  'Holloway',
  'Robbins',
  'Bowen',
  'Graham',
  'Wilke',
  'Fernandez',
  'Gupta',
  'Deyoung',
  'Cline',
  'Berry',
  'Sayers',
] as const

export interface Person {
  id: string
  firstName: string
  displayName: string
  userPrincipalName: string
}

/** Someone at contoso.com with a GUID and a UPN; never the same name as `other`. */
export function person(random: Random, other?: Person): Person {
  for (;;) {
    const firstName = random.pick(FIRST)
    const lastName = random.pick(LAST)
    const displayName = `${firstName} ${lastName}`
    if (displayName === other?.displayName) continue
    const userPrincipalName = `${firstName}.${lastName}@contoso.com`.toLowerCase()
    return { id: guid(random), firstName, displayName, userPrincipalName }
  }
}
