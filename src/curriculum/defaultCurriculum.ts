import { trustFrozenCurriculum } from './compileCurriculum.js';
import type { Curriculum } from './curriculum.js';
import type { CurriculumModule, Delivery } from './curriculumModule.js';
import { freezeDeep } from './freezeDeep.js';

/** Self-paced material and mentoring come in the six languages the 4th edition accepts. */
const online: Delivery = { mode: 'online', languages: ['en', 'fr', 'es', 'zh', 'pt', 'ar'] };
/** Live workshops run in English with interpretation into French and Spanish. */
const liveOnline: Delivery = { mode: 'online', languages: ['en', 'fr', 'es'] };
/** Field visits take place at partner sites in several regions, guided in these languages. */
const onSite: Delivery = { mode: 'in-person', languages: ['en', 'fr', 'es', 'zh'] };
const quiz = { passingScore: 70 };

type Entry = Omit<CurriculumModule, 'sessions' | 'prerequisites' | 'delivery'> &
  Partial<Pick<CurriculumModule, 'sessions' | 'prerequisites' | 'delivery'>>;

function module(entry: Entry): CurriculumModule {
  const delivery = entry.delivery ?? (entry.format === 'live-workshop' ? liveOnline : entry.format === 'field-visit' ? onSite : online);
  return { ...entry, prerequisites: entry.prerequisites ?? [], sessions: entry.sessions ?? [], delivery };
}

const modules: CurriculumModule[] = [
  // ── Operations ──────────────────────────────────────────────────────────────────────────────────
  module({
    id: 'ops-business-setup', title: 'Setting up a trading business', track: 'operations', format: 'self-paced', effortHours: 6,
    summary: 'Choosing a legal form, registering the company and its tax and export numbers, opening a business bank account, and the records a marketplace asks for before it verifies a seller.',
    competencies: [{ competency: 'business-setup', level: 2 }], assessment: quiz,
  }),
  module({
    id: 'ops-finance-basics', title: 'Finance basics for a product business', track: 'operations', format: 'self-paced', effortHours: 8,
    summary: 'Unit economics, gross and contribution margin, break-even, cash-flow forecasting, working capital and reading a profit-and-loss statement.',
    competencies: [{ competency: 'finance-basics', level: 2 }], assessment: quiz,
  }),
  module({
    id: 'ops-finance-for-export', title: 'Cash flow, currency and credit for exporters', track: 'operations', format: 'live-workshop', effortHours: 6,
    summary: 'Financing orders between deposit and balance, exchange-rate risk and simple hedges, using trade credit responsibly, and building a 12-month cash plan for an export line.',
    competencies: [{ competency: 'finance-basics', level: 3 }], prerequisites: ['ops-finance-basics'],
    sessions: [
      { id: 'part-1', title: 'Working capital and trade credit', hours: 2, date: '2027-02-24' },
      { id: 'part-2', title: 'Currency risk and the cash plan', hours: 2, date: '2027-03-03' },
    ],
  }),
  module({
    id: 'ops-business-setup-clinic', title: 'Business set-up clinic with a mentor', track: 'operations', format: 'mentoring-session', effortHours: 3,
    summary: 'A mentor reviews the athlete\'s company structure, licences, insurance and bookkeeping set-up against the markets they plan to sell to.',
    competencies: [{ competency: 'business-setup', level: 3 }], prerequisites: ['ops-business-setup', 'ops-finance-basics'],
  }),
  module({
    id: 'ops-brand-foundations', title: 'From athletic career to brand', track: 'operations', format: 'self-paced', effortHours: 5,
    summary: 'Turning an athlete\'s story, values and audience into a brand platform: positioning, naming, visual identity and the rules for using a sporting reputation in trade.',
    competencies: [{ competency: 'brand', level: 2 }], assessment: quiz,
  }),
  module({
    id: 'ops-brand-strategy-workshop', title: 'Brand strategy workshop', track: 'operations', format: 'live-workshop', effortHours: 5,
    summary: 'Positioning against competitors on a marketplace, brand architecture for a product range, trademark registration abroad, and a brand book the team and suppliers can use.',
    competencies: [{ competency: 'brand', level: 3 }], prerequisites: ['ops-brand-foundations'],
    sessions: [{ id: 'workshop', title: 'Brand strategy', hours: 3, date: '2027-02-17' }],
  }),

  // ── AI tools ────────────────────────────────────────────────────────────────────────────────────
  module({
    id: 'ai-foundations', title: 'Generative AI for e-commerce: foundations', track: 'ai-tools', format: 'self-paced', effortHours: 4,
    summary: 'What generative AI tools can and cannot do for a small trading business, writing good prompts, checking outputs, and data-privacy and intellectual-property rules.',
    competencies: [
      { competency: 'ai-product-listings', level: 1 },
      { competency: 'ai-market-research', level: 1 },
      { competency: 'ai-customer-service', level: 1 },
      { competency: 'ai-content', level: 1 },
    ],
    assessment: quiz,
  }),
  module({
    id: 'ai-product-listings', title: 'AI for product listings', track: 'ai-tools', format: 'self-paced', effortHours: 6,
    summary: 'Generating titles, attributes and descriptions that buyers search for, translating listings for new markets, and keeping specifications accurate.',
    competencies: [{ competency: 'ai-product-listings', level: 2 }], prerequisites: ['ai-foundations'], assessment: quiz,
  }),
  module({
    id: 'ai-listings-lab', title: 'Listings lab: optimise your storefront with AI', track: 'ai-tools', format: 'live-workshop', effortHours: 5,
    summary: 'Hands-on sessions on the athlete\'s own storefront: keyword research, A/B-testing titles and images, and measuring the effect on inquiries.',
    competencies: [{ competency: 'ai-product-listings', level: 3 }], prerequisites: ['ai-product-listings', 'b2b-storefront'],
    sessions: [
      { id: 'lab-1', title: 'Keywords and titles', hours: 2, date: '2027-03-17' },
      { id: 'lab-2', title: 'Testing and measuring', hours: 2, date: '2027-03-24' },
    ],
  }),
  module({
    id: 'ai-market-research', title: 'AI for market research', track: 'ai-tools', format: 'self-paced', effortHours: 6,
    summary: 'Using AI assistants and marketplace data to size demand, map competitors and prices, and shortlist export markets for a product.',
    competencies: [{ competency: 'ai-market-research', level: 2 }], prerequisites: ['ai-foundations'], assessment: quiz,
  }),
  module({
    id: 'ai-market-research-sprint', title: 'Market research sprint', track: 'ai-tools', format: 'live-workshop', effortHours: 6,
    summary: 'A two-week sprint in small groups: each athlete validates one product for one market with AI-assisted research and presents a go/no-go memo.',
    competencies: [{ competency: 'ai-market-research', level: 3 }], prerequisites: ['ai-market-research'],
    sessions: [
      { id: 'kick-off', title: 'Framing the question', hours: 2, week: 11 },
      { id: 'review', title: 'Go/no-go reviews', hours: 2, week: 12 },
    ],
  }),
  module({
    id: 'ai-customer-service', title: 'AI for customer service', track: 'ai-tools', format: 'self-paced', effortHours: 5,
    summary: 'Answering buyer inquiries quickly in the buyer\'s language, templates and assistants for quotes and after-sales, and when a person must take over.',
    competencies: [{ competency: 'ai-customer-service', level: 2 }], prerequisites: ['ai-foundations'], assessment: quiz,
  }),
  module({
    id: 'ai-customer-service-automation', title: 'Automating buyer inquiries', track: 'ai-tools', format: 'live-workshop', effortHours: 4,
    summary: 'Setting up the marketplace\'s messaging assistant, routing and response-time targets, and a review loop that keeps automated answers correct.',
    competencies: [{ competency: 'ai-customer-service', level: 3 }], prerequisites: ['ai-customer-service', 'b2b-storefront'],
    sessions: [{ id: 'workshop', title: 'Inquiry automation', hours: 2.5, date: '2027-04-21' }],
  }),
  module({
    id: 'ai-content', title: 'AI for marketing content', track: 'ai-tools', format: 'self-paced', effortHours: 5,
    summary: 'Product images, short videos and social posts made with AI tools in the brand\'s voice, with disclosure and rights checks.',
    competencies: [{ competency: 'ai-content', level: 2 }], prerequisites: ['ai-foundations', 'ops-brand-foundations'], assessment: quiz,
  }),
  module({
    id: 'ai-content-studio', title: 'Content studio', track: 'ai-tools', format: 'live-workshop', effortHours: 4,
    summary: 'A live studio session producing a month of content for the athlete\'s brand, then a critique round with the partner\'s content team.',
    competencies: [{ competency: 'ai-content', level: 3 }], prerequisites: ['ai-content'],
    sessions: [{ id: 'studio', title: 'Content studio', hours: 3, date: '2027-04-28' }],
  }),

  // ── Global sourcing ─────────────────────────────────────────────────────────────────────────────
  module({
    id: 'src-finding-suppliers', title: 'Finding and vetting suppliers', track: 'global-sourcing', format: 'self-paced', effortHours: 6,
    summary: 'Searching supplier directories, reading verification badges and audit reports, checking business licences and export history, and spotting trading companies posing as factories.',
    competencies: [{ competency: 'supplier-vetting', level: 2 }], assessment: quiz,
  }),
  module({
    id: 'src-quality-control', title: 'Quality control', track: 'global-sourcing', format: 'self-paced', effortHours: 5,
    summary: 'Writing a product specification, acceptable quality limits (AQL), pre-shipment inspections and what to do when goods fail.',
    competencies: [{ competency: 'quality-control', level: 2 }], prerequisites: ['src-finding-suppliers'], assessment: quiz,
  }),
  module({
    id: 'src-samples-and-moq', title: 'Samples and minimum order quantities', track: 'global-sourcing', format: 'self-paced', effortHours: 4,
    summary: 'Ordering and comparing samples, golden samples, and negotiating minimum order quantities and tooling costs for a first order.',
    competencies: [{ competency: 'samples-and-moq', level: 2 }], prerequisites: ['src-finding-suppliers'], assessment: quiz,
  }),
  module({
    id: 'src-negotiation-basics', title: 'Negotiation basics', track: 'global-sourcing', format: 'self-paced', effortHours: 4,
    summary: 'Preparing a negotiation, alternatives and walk-away points, and cultural differences in supplier negotiations.',
    competencies: [{ competency: 'negotiation', level: 2 }], assessment: quiz,
  }),
  module({
    id: 'src-negotiation-workshop', title: 'Supplier negotiation workshop', track: 'global-sourcing', format: 'live-workshop', effortHours: 8,
    summary: 'Role-played negotiations with experienced buyers on price, payment terms, MOQ and lead time, with feedback after each round.',
    competencies: [{ competency: 'negotiation', level: 3 }],
    prerequisites: ['src-negotiation-basics', 'src-samples-and-moq', 'ops-finance-basics'],
    sessions: [
      { id: 'round-1', title: 'Price and payment terms', hours: 3, date: '2027-04-07' },
      { id: 'round-2', title: 'MOQ and lead time', hours: 3, date: '2027-04-14' },
    ],
  }),
  module({
    id: 'src-quality-clinic', title: 'Quality and samples clinic', track: 'global-sourcing', format: 'mentoring-session', effortHours: 3,
    summary: 'A sourcing mentor reviews the athlete\'s specification, sample comparison and inspection plan for a real first order.',
    competencies: [
      { competency: 'quality-control', level: 3 },
      { competency: 'samples-and-moq', level: 3 },
    ],
    prerequisites: ['src-quality-control', 'src-samples-and-moq'],
  }),
  module({
    id: 'src-supplier-audit-visit', title: 'Supplier audit visit', track: 'global-sourcing', format: 'field-visit', effortHours: 8,
    summary: 'A day at a partner supplier\'s factory with an auditor: production lines, quality records, social-compliance checks and the audit report.',
    competencies: [{ competency: 'supplier-vetting', level: 3 }], prerequisites: ['src-finding-suppliers', 'src-quality-control'],
    sessions: [{ id: 'visit', title: 'Factory audit day', hours: 6, date: '2027-05-12' }],
  }),

  // ── B2B export via digital marketplaces ─────────────────────────────────────────────────────────
  module({
    id: 'b2b-storefront', title: 'Setting up a B2B storefront', track: 'b2b-export', format: 'self-paced', effortHours: 6,
    summary: 'Seller verification, company profile, product catalogue structure, and the response-rate and trade-history signals buyers look for on a B2B marketplace.',
    competencies: [{ competency: 'storefront-setup', level: 2 }], prerequisites: ['ops-business-setup'], assessment: quiz,
  }),
  module({
    id: 'b2b-storefront-optimisation', title: 'Storefront optimisation', track: 'b2b-export', format: 'live-workshop', effortHours: 4,
    summary: 'Reading storefront analytics, improving conversion from visit to inquiry, and marketplace advertising on a small budget.',
    competencies: [{ competency: 'storefront-setup', level: 3 }], prerequisites: ['b2b-storefront', 'ai-product-listings'],
    sessions: [{ id: 'workshop', title: 'Storefront analytics', hours: 2, week: 10 }],
  }),
  module({
    id: 'b2b-incoterms', title: 'Trade terms: Incoterms 2020', track: 'b2b-export', format: 'self-paced', effortHours: 5,
    summary: 'The eleven Incoterms rules (EXW, FCA, FOB, CIF, DAP, DDP, …): who pays for what, who insures, and where risk passes from seller to buyer.',
    competencies: [{ competency: 'incoterms', level: 2 }], assessment: quiz,
  }),
  module({
    id: 'b2b-incoterms-in-practice', title: 'Incoterms in practice', track: 'b2b-export', format: 'live-workshop', effortHours: 4,
    summary: 'Choosing the right rule for a shipment, common mistakes (FOB for containers, DDP without a local importer) and reading real contracts.',
    competencies: [{ competency: 'incoterms', level: 3 }], prerequisites: ['b2b-incoterms', 'log-shipping-modes'],
    sessions: [{ id: 'workshop', title: 'Case studies', hours: 2.5, date: '2027-03-31' }],
  }),
  module({
    id: 'b2b-pricing-and-quotations', title: 'Export pricing and quotations', track: 'b2b-export', format: 'self-paced', effortHours: 6,
    summary: 'Building an export price from cost, freight, duties and margin under each trade term, tiered prices by quantity, and writing a quotation buyers can compare.',
    competencies: [{ competency: 'pricing-and-quotations', level: 2 }], prerequisites: ['b2b-incoterms', 'ops-finance-basics'], assessment: quiz,
  }),
  module({
    id: 'b2b-quotation-workshop', title: 'Quotation workshop', track: 'b2b-export', format: 'live-workshop', effortHours: 5,
    summary: 'Answering real requests for quotation against the clock, with freight quotes, validity periods and payment terms, reviewed by marketplace sales managers.',
    competencies: [{ competency: 'pricing-and-quotations', level: 3 }], prerequisites: ['b2b-pricing-and-quotations', 'log-freight'],
    sessions: [{ id: 'workshop', title: 'Requests for quotation', hours: 3, date: '2027-05-05' }],
  }),
  module({
    id: 'b2b-trade-payments', title: 'Payments and trade assurance', track: 'b2b-export', format: 'self-paced', effortHours: 5,
    summary: 'Bank transfer, letters of credit, documentary collections and marketplace trade assurance: what each protects, what it costs and how disputes are settled.',
    competencies: [{ competency: 'trade-payments', level: 2 }], prerequisites: ['ops-finance-basics'], assessment: quiz,
  }),
  module({
    id: 'b2b-trade-assurance-clinic', title: 'Payment terms clinic', track: 'b2b-export', format: 'mentoring-session', effortHours: 3,
    summary: 'A mentor reviews the payment terms of the athlete\'s first export deals and the use of trade assurance for new buyers.',
    competencies: [{ competency: 'trade-payments', level: 3 }], prerequisites: ['b2b-trade-payments', 'b2b-pricing-and-quotations'],
  }),
  module({
    id: 'b2b-customs-compliance', title: 'Customs and compliance', track: 'b2b-export', format: 'self-paced', effortHours: 6,
    summary: 'HS codes, duties and taxes, certificates of origin and trade agreements, product safety marks and labelling rules in the main export markets.',
    competencies: [{ competency: 'customs-compliance', level: 2 }], prerequisites: ['b2b-incoterms'], assessment: quiz,
  }),
  module({
    id: 'b2b-customs-clinic', title: 'Customs clinic', track: 'b2b-export', format: 'live-workshop', effortHours: 4,
    summary: 'A customs broker works through the athlete\'s products: classification, origin, documents and how to avoid a shipment held at the border.',
    competencies: [{ competency: 'customs-compliance', level: 3 }], prerequisites: ['b2b-customs-compliance', 'log-freight'],
    sessions: [{ id: 'clinic', title: 'Classification and documents', hours: 2.5, date: '2027-05-19' }],
  }),

  // ── Logistics ───────────────────────────────────────────────────────────────────────────────────
  module({
    id: 'log-shipping-modes', title: 'Shipping modes', track: 'logistics', format: 'self-paced', effortHours: 4,
    summary: 'Express courier, air freight, sea freight (LCL and FCL) and rail: transit times, costs, limits and when each fits an order.',
    competencies: [{ competency: 'shipping-modes', level: 2 }], assessment: quiz,
  }),
  module({
    id: 'log-freight', title: 'Freight forwarding', track: 'logistics', format: 'self-paced', effortHours: 5,
    summary: 'Working with freight forwarders, comparing freight quotes, booking space, shipping documents (bill of lading, packing list) and cargo insurance.',
    competencies: [{ competency: 'freight', level: 2 }], prerequisites: ['log-shipping-modes', 'b2b-incoterms'], assessment: quiz,
  }),
  module({
    id: 'log-port-visit', title: 'Port and consolidation centre visit', track: 'logistics', format: 'field-visit', effortHours: 6,
    summary: 'Following a container through a port and a consolidation warehouse with a forwarder: loading, documents, customs holds and demurrage.',
    competencies: [
      { competency: 'freight', level: 3 },
      { competency: 'shipping-modes', level: 3 },
    ],
    prerequisites: ['log-freight'],
    sessions: [{ id: 'visit', title: 'Port day', hours: 5, date: '2027-05-26' }],
  }),
  module({
    id: 'log-fulfilment', title: 'Fulfilment and warehousing', track: 'logistics', format: 'self-paced', effortHours: 5,
    summary: 'Own stock, third-party logistics and marketplace fulfilment: costs, service levels, inventory planning and packaging for parcels.',
    competencies: [{ competency: 'fulfilment', level: 2 }], prerequisites: ['log-shipping-modes'], assessment: quiz,
  }),
  module({
    id: 'log-fulfilment-centre-visit', title: 'Fulfilment centre visit', track: 'logistics', format: 'field-visit', effortHours: 5,
    summary: 'A guided visit of a marketplace fulfilment centre: receiving, storage, pick-pack-ship and the seller\'s inbound requirements.',
    competencies: [{ competency: 'fulfilment', level: 3 }], prerequisites: ['log-fulfilment'],
    sessions: [{ id: 'visit', title: 'Fulfilment centre', hours: 4, date: '2027-06-02' }],
  }),
  module({
    id: 'log-returns', title: 'Returns and reverse logistics', track: 'logistics', format: 'self-paced', effortHours: 3,
    summary: 'Returns policies buyers trust, handling claims for damaged goods, refurbishing or liquidating returned stock, and what returns cost.',
    competencies: [{ competency: 'returns', level: 2 }], prerequisites: ['log-fulfilment'], assessment: quiz,
  }),
  module({
    id: 'log-returns-clinic', title: 'Cross-border returns clinic', track: 'logistics', format: 'mentoring-session', effortHours: 2,
    summary: 'A logistics mentor designs the athlete\'s cross-border returns flow, including duty drawback and local return addresses.',
    competencies: [{ competency: 'returns', level: 3 }], prerequisites: ['log-returns', 'b2b-customs-compliance'],
  }),
];

/**
 * The default catalogue: the programme's training on e-commerce and global trade in five tracks and 39
 * modules, teaching every competency of `STANDARD_COMPETENCIES` to level 2 (practising) in a self-paced
 * or introductory module and to level 3 (proficient) in a live workshop, mentoring session or field
 * visit. Live sessions fall on fixed dates (or weeks) of the 4th edition's cohort, 2027-01-11 to
 * 2027-06-25. Self-paced modules end with a quiz (pass mark 70). Each track is complete with its core
 * modules plus electives. See `docs/curriculum.md` for the full table.
 *
 * The value is deeply frozen; copy it (`structuredClone(defaultCurriculum)`) to adapt it, then check the
 * copy with `validateCurriculum`.
 *
 * @category Curriculum
 * @example
 * defaultCurriculum.modules.length //=> 39
 * defaultCurriculum.tracks.map((track) => track.id) //=> ['ai-tools', 'global-sourcing', 'b2b-export', 'logistics', 'operations']
 */
export const defaultCurriculum: Curriculum = trustFrozenCurriculum(
  freezeDeep({
    id: 'ecommerce-global-trade',
    title: 'E-commerce and global trade for athlete-entrepreneurs',
    version: '2027.1',
    tracks: [
      {
        id: 'ai-tools', title: 'AI tools',
        summary: 'Generative AI for product listings, market research, customer service and content.',
        completion: { requiredModules: ['ai-foundations', 'ai-product-listings'], electives: 2 },
      },
      {
        id: 'global-sourcing', title: 'Global sourcing',
        summary: 'Finding and vetting suppliers, quality control, negotiation, samples and minimum order quantities.',
        completion: { requiredModules: ['src-finding-suppliers', 'src-quality-control'], electives: 2 },
      },
      {
        id: 'b2b-export', title: 'B2B export via digital marketplaces',
        summary: 'Storefront set-up, trade terms, pricing and quotations, payments and trade assurance, customs and compliance.',
        completion: { requiredModules: ['b2b-storefront', 'b2b-incoterms', 'b2b-pricing-and-quotations'], electives: 2 },
      },
      {
        id: 'logistics', title: 'Logistics',
        summary: 'Shipping modes, freight, fulfilment and returns.',
        completion: { requiredModules: ['log-shipping-modes', 'log-freight'], electives: 2 },
      },
      {
        id: 'operations', title: 'Operations',
        summary: 'Business set-up, finance basics and brand.',
        completion: { requiredModules: ['ops-business-setup', 'ops-finance-basics', 'ops-brand-foundations'], electives: 1 },
      },
    ],
    modules,
  }),
);
