// English: entities rules (see src/core/lang/pack/entities.ts for what each field means).
import type { EntityRules } from '../pack/entities';

export const entities: EntityRules = {
  writing: 'spaced',
  roles: {
    'secretary-of-state': ['Secretary of State'],
    'deputy-assistant-secretary': ['Deputy Assistant Secretary of State', 'Deputy Assistant Secretary'],
    'assistant-secretary': ['Assistant Secretary of State', 'Assistant Secretary'],
    'deputy-secretary': ['Deputy Secretary of State'],
    'foreign-minister': ['Foreign Minister', 'Minister of Foreign Affairs', 'foreign affairs minister'],
    'deputy-foreign-minister': ['Deputy Foreign Minister', 'Vice Foreign Minister', 'deputy minister of foreign affairs'],
    'department-director': ['director', 'director-general', 'director general', 'department director', 'department head'],
    'deputy-department-director': ['deputy director-general', 'deputy director general', 'deputy department director'],
    spokesperson: ['spokesperson', 'spokesman', 'spokeswoman'],
    'press-secretary': ['press secretary'],
    president: ['President'],
    'vice-president': ['Vice President'],
    'prime-minister': ['Prime Minister'],
    ambassador: ['Ambassador'],
    'consul-general': ['Consul General', 'consul-general'],
    'presidential-aide': ['presidential aide', 'aide'],
    'national-security-adviser': ['National Security Adviser', 'National Security Advisor'],
    'special-envoy': ['Special Envoy', 'envoy'],
    ceo: ['CEO', 'chief executive'],
    minister: ['Minister'],
    'deputy-minister': ['Deputy Minister'],
    'deputy-director': ['deputy director'],
    'office-director': ['head of the office'],
    'political-scientist': ['political scientist', 'political analyst'],
    journalist: ['reporter', 'journalist'],
    secretary: ['secretary'],
    senator: ['Senator'],
    diplomat: ['diplomat'],
    expert: ['expert'],
    'delegation-head': ['head of the delegation', 'delegation head'],
  },
  genericRoles: ['diplomat', 'expert', 'secretary', 'delegation-head'],
  orgUnits: [
    { form: 'Department', type: 'department', qualifier: 'both' },
    { form: 'Bureau', type: 'bureau', qualifier: 'both' },
    { form: 'Division', type: 'division', qualifier: 'both' },
    { form: 'Directorate', type: 'department', qualifier: 'both' },
  ],
  qualifiers: {
    north: ['North', 'Northern'],
    south: ['South', 'Southern'],
    east: ['East', 'Eastern'],
    west: ['West', 'Western'],
    central: ['Central'],
    'south east': ['Southeast', 'South-East', 'Southeastern'],
    'south west': ['Southwest', 'South-West'],
    'north east': ['Northeast', 'North-East'],
    'north west': ['Northwest', 'North-West'],
    america: ['America', 'American', 'Americas'],
    'latin-america': ['Latin America', 'Latin American'],
    atlantic: ['Atlantic'],
    pacific: ['Pacific'],
    indian: ['Indian Ocean'],
    europe: ['Europe', 'European'],
    asia: ['Asia', 'Asian'],
    africa: ['Africa', 'African'],
    eurasia: ['Eurasia', 'Eurasian'],
    arctic: ['Arctic'],
    antarctic: ['Antarctic'],
    oceania: ['Oceania', 'Oceanian'],
    'middle-east': ['Middle East', 'Middle Eastern'],
    '1': ['First'],
    '2': ['Second'],
    '3': ['Third'],
    '4': ['Fourth'],
    '5': ['Fifth'],
  },
  qualifierFillers: ['Affairs', 'Countries', 'Region', 'Regional', 'and'],
  qualifierStops: ['Ministry', 'Foreign', 'of', 'at', 'in', 'The', 'State'],
  venues: [
    { key: 'consul-general-residence', re: /(?:(?<owner>\p{Lu}[\p{L}.]+)\s+)?[Cc]onsul(?:ate)?[\s-][Gg]eneral(?:'s|’s)?\s+(?:official\s+)?[Rr]esidence|[Rr]esidence\s+of\s+(?:the\s+)?(?:(?<owner2>\p{Lu}[\p{L}.]+)(?:'s|’s)?\s+)?[Cc]onsul[\s-][Gg]eneral/gu },
    { key: 'ambassador-residence', re: /(?:(?<owner>\p{Lu}[\p{L}.]+)\s+)?[Aa]mbassador(?:'s|’s)\s+(?:official\s+)?[Rr]esidence|[Rr]esidence\s+of\s+(?:the\s+)?(?:(?<owner2>\p{Lu}[\p{L}.]+)(?:'s|’s)?\s+)?[Aa]mbassador/gu },
    { key: 'embassy', re: /(?:(?<owner>\p{Lu}[\p{L}.]+)\s+)?(?:[Ee]mbassy|[Cc]onsulate(?:[\s-][Gg]eneral)?)(?![\p{L}])/gu },
    { key: 'palace', re: /(?<name>(?:[A-Z][\p{L}'’-]+\s+){1,3})Palace\b|\bPalace\s+of\s+(?<name2>[A-Z][\p{L}'’-]+)/gu },
    { key: 'hotel', re: /\bHotel(?:\s+(?:de|des|du|la|le|am|an)?\s*[A-Z][\p{L}'’-]+){1,3}|(?:[A-Z][\p{L}'’-]+\s+){1,3}Hotel\b|\bhotel\b/gu },
    { key: 'guest-house', re: /(?:[A-Z][\p{L}'’-]+\s+){0,3}(?:State\s+)?Guest\s*[Hh]ouse\b/gu },
    { key: 'conference-centre', re: /(?:[A-Z][\p{L}'’-]+\s+){0,3}(?:Conference|Convention|Congress)\s+Cent(?:er|re)\b/gu },
    { key: 'ministry-building', re: /\b(?:[Ff]oreign|[Dd]efen[cs]e)\s+[Mm]inistry\s+[Bb]uilding\b/gu },
  ],
  placeCues: [/\b(?:in|near|outside)\s+(?<place>\p{Lu}[\p{Ll}'’-]+(?:[\s-]\p{Lu}[\p{Ll}'’-]+)?)/gu],
  speechVerbs: ['said', 'says', 'told', 'added', 'noted', 'stressed', 'described', 'warned', 'insisted', 'argued', 'wrote', 'replied', 'stated', 'announced'],
  relayCues: ['quoted', 'cited', 'according to', 'told', 'reported', 'citing'],
  honorifics: ['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Sir', 'Madam'],
  notNameWords: (
    'bureau affairs division directorate residence embassy consulate centre guest ' +
    'parliament assembly commission members member act officer church hospital beach shop pharmacy den community conservative ' +
    'conservatives labour liberal democrat democrats republican republicans english welsh scottish irish british american ' +
    'russian chinese korean japanese french german ukrainian european african asian north south east west central general ' +
    'department ministry university council party committee court bank group company times news post club league airport ' +
    'street road bridge hotel school college institute foundation agency office service services force forces army navy ' +
    'house senate congress union federation republic kingdom state states city county province region island islands river ' +
    'lake mountain mountains sea ocean gulf bay park square palace center museum festival cup championship games ' +
    'olympics award awards prize day week tsunami quake earthquake storm hurricane capt inc ltd corp plc children hall ' +
    'station port valley desert coast border treaty accord agreement summit conference forum minister ministers ' +
    'president secretary ambassador spokesman spokeswoman spokesperson talks war crisis market markets index exchange ' +
    'fund trust board authority police guard guards gallery theatre theater cathedral temple mosque ' +
    'save killing devastate struggle fall silent hundreds thousands dozens southern northern eastern western plains corners network ' +
    'society stadio stadium democratic arena wire dispatch photo herald tribune journal daily gazette press media channel radio reuters'
  ).split(' '),
  functionWords: (
    'The A An In On At But And He She It They We This That These Those Notice However Meanwhile After Before When ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September ' +
    'October November December As While If So For With From By To Of Since Although Though Because During Despite Under ' +
    'Over Among Between Then Now Today Yesterday Last Next Earlier Later Also Still Even Only Many Some Most All Both Each ' +
    'Every Other Another Such What Who Why How Where Which Here There Our Their His Her Its My Your You I Mother Father ' +
    'Former Late New Old'
  ).split(' '),
  titleWords: 'Mr Mrs Ms Dr Sir Lord Lady Dame Sen Senator Rep Gov Governor Gen General Col Capt Captain Lt Sgt Prof Professor Rev Judge Justice Detective Inspector Chief Officer Mayor Minister Secretary President Prince Princess King Queen Pope Father Sister Brother Mother-of-three'.split(' '),
  portfolioCues: ['for', 'responsible for', 'in charge of'],
};
