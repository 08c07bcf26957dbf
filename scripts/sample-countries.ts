/**
 * Countries the sample generator draws applicants and mentors from: relative weight in the applicant
 * pool, the languages spoken (first is the most common), a representative IANA time zone and the
 * name pool to draw from. Used only by generate-sample-data.ts.
 */
export interface SampleCountry {
  readonly code: string;
  readonly weight: number;
  readonly languages: readonly string[];
  readonly timeZone: string;
  readonly names: keyof typeof NAME_POOLS;
}

export const NAME_POOLS = {
  anglo: {
    given: ['Olivia', 'James', 'Amelia', 'Jack', 'Grace', 'Liam', 'Chloe', 'Noah', 'Sophie', 'Ethan', 'Zoe', 'Lucas', 'Ella', 'Mason', 'Ruby', 'Harvey'],
    family: ['Smith', 'Taylor', 'Brown', 'Wilson', 'Campbell', 'Walker', 'Harris', 'Clarke', 'Murphy', 'Bennett', 'Reid', 'Hughes'],
  },
  latin: {
    given: ['Sofía', 'Mateo', 'Valentina', 'Santiago', 'Camila', 'Gabriel', 'Isabela', 'Rafael', 'Lucía', 'Diego', 'Mariana', 'Thiago', 'Ana', 'Pedro'],
    family: ['Silva', 'Santos', 'García', 'Rodríguez', 'Oliveira', 'Martínez', 'Pereira', 'López', 'Costa', 'Fernández', 'Souza', 'Ramírez'],
  },
  european: {
    given: ['Léa', 'Hugo', 'Emma', 'Luca', 'Mia', 'Jonas', 'Clara', 'Matteo', 'Ida', 'Felix', 'Elena', 'Lars', 'Anna', 'Marco', 'Inès', 'Milan'],
    family: ['Martin', 'Müller', 'Rossi', 'Dubois', 'Jansen', 'Novak', 'Nielsen', 'Bernard', 'Ferrari', 'Schmidt', 'Kowalski', 'Horvat'],
  },
  african: {
    given: ['Amina', 'Kwame', 'Zanele', 'Tendai', 'Chiamaka', 'Kofi', 'Nia', 'Tariq', 'Abebe', 'Wanjiru', 'Sipho', 'Fatou', 'Yaw', 'Imani'],
    family: ['Mensah', 'Okafor', 'Kamau', 'Ndlovu', 'Diallo', 'Mwangi', 'Osei', 'Bekele', 'Adeyemi', 'Kipchoge', 'Traoré', 'Dlamini'],
  },
  arabic: {
    given: ['Yasmin', 'Omar', 'Layla', 'Karim', 'Nour', 'Hassan', 'Salma', 'Youssef', 'Mariam', 'Ali', 'Rania', 'Khalid'],
    family: ['Haddad', 'Mansour', 'Nasser', 'Khalil', 'Saleh', 'Farouk', 'Aziz', 'Hamdan', 'Rahman', 'Said'],
  },
  east_asian: {
    given: ['Wei', 'Yuki', 'Min-jun', 'Mei', 'Haruto', 'Ji-woo', 'Xin', 'Sakura', 'Hao', 'Seo-yeon', 'Ren', 'Lan'],
    family: ['Wang', 'Li', 'Zhang', 'Chen', 'Sato', 'Suzuki', 'Kim', 'Park', 'Liu', 'Tanaka', 'Lee', 'Huang'],
  },
  south_asian: {
    given: ['Aarav', 'Priya', 'Rohan', 'Ananya', 'Vikram', 'Diya', 'Arjun', 'Kavya', 'Imran', 'Sana', 'Nikhil', 'Meera'],
    family: ['Sharma', 'Patel', 'Singh', 'Kumar', 'Reddy', 'Khan', 'Iyer', 'Gupta', 'Das', 'Perera', 'Nair', 'Chopra'],
  },
  southeast_asian: {
    given: ['Putri', 'Nguyen', 'Siti', 'Anh', 'Rizal', 'Mai', 'Dewi', 'Bao', 'Aiko', 'Juan', 'Ling', 'Arif'],
    family: ['Santoso', 'Tran', 'Reyes', 'Wijaya', 'Pham', 'Cruz', 'Tan', 'Lim', 'Hidayat', 'Bautista', 'Le', 'Abdullah'],
  },
  oceanian: {
    given: ['Aroha', 'Tama', 'Mere', 'Sione', 'Leilani', 'Manu', 'Ana', 'Tavita', 'Hine', 'Kai'],
    family: ['Ngata', 'Fonoti', 'Tuilagi', 'Walker', 'Parata', 'Vaipulu', 'Smith', 'Kereama', 'Taufa', 'Wilson'],
  },
} as const;

export const SAMPLE_COUNTRIES: readonly SampleCountry[] = [
  { code: 'US', weight: 6, languages: ['en', 'es'], timeZone: 'America/New_York', names: 'anglo' },
  { code: 'CA', weight: 3, languages: ['en', 'fr'], timeZone: 'America/Toronto', names: 'anglo' },
  { code: 'MX', weight: 3, languages: ['es'], timeZone: 'America/Mexico_City', names: 'latin' },
  { code: 'BR', weight: 5, languages: ['pt', 'es'], timeZone: 'America/Sao_Paulo', names: 'latin' },
  { code: 'AR', weight: 3, languages: ['es'], timeZone: 'America/Argentina/Buenos_Aires', names: 'latin' },
  { code: 'CO', weight: 3, languages: ['es'], timeZone: 'America/Bogota', names: 'latin' },
  { code: 'JM', weight: 2, languages: ['en'], timeZone: 'America/Jamaica', names: 'anglo' },
  { code: 'CU', weight: 1, languages: ['es'], timeZone: 'America/Havana', names: 'latin' },
  { code: 'GB', weight: 4, languages: ['en'], timeZone: 'Europe/London', names: 'anglo' },
  { code: 'FR', weight: 4, languages: ['fr', 'en'], timeZone: 'Europe/Paris', names: 'european' },
  { code: 'DE', weight: 4, languages: ['de', 'en'], timeZone: 'Europe/Berlin', names: 'european' },
  { code: 'IT', weight: 3, languages: ['it', 'en'], timeZone: 'Europe/Rome', names: 'european' },
  { code: 'ES', weight: 3, languages: ['es', 'en'], timeZone: 'Europe/Madrid', names: 'latin' },
  { code: 'NL', weight: 2, languages: ['nl', 'en'], timeZone: 'Europe/Amsterdam', names: 'european' },
  { code: 'PL', weight: 2, languages: ['pl', 'en'], timeZone: 'Europe/Warsaw', names: 'european' },
  { code: 'CH', weight: 2, languages: ['de', 'fr', 'it', 'en'], timeZone: 'Europe/Zurich', names: 'european' },
  { code: 'SE', weight: 1, languages: ['sv', 'en'], timeZone: 'Europe/Stockholm', names: 'european' },
  { code: 'CZ', weight: 1, languages: ['cs', 'en'], timeZone: 'Europe/Prague', names: 'european' },
  { code: 'HR', weight: 1, languages: ['hr', 'en'], timeZone: 'Europe/Zagreb', names: 'european' },
  { code: 'KE', weight: 4, languages: ['en', 'sw'], timeZone: 'Africa/Nairobi', names: 'african' },
  { code: 'NG', weight: 4, languages: ['en', 'yo'], timeZone: 'Africa/Lagos', names: 'african' },
  { code: 'ET', weight: 2, languages: ['am', 'en'], timeZone: 'Africa/Addis_Ababa', names: 'african' },
  { code: 'ZA', weight: 3, languages: ['en', 'zu'], timeZone: 'Africa/Johannesburg', names: 'african' },
  { code: 'GH', weight: 2, languages: ['en'], timeZone: 'Africa/Accra', names: 'african' },
  { code: 'SN', weight: 2, languages: ['fr', 'wo'], timeZone: 'Africa/Dakar', names: 'african' },
  { code: 'CI', weight: 1, languages: ['fr'], timeZone: 'Africa/Abidjan', names: 'african' },
  { code: 'EG', weight: 2, languages: ['ar', 'en'], timeZone: 'Africa/Cairo', names: 'arabic' },
  { code: 'MA', weight: 2, languages: ['ar', 'fr'], timeZone: 'Africa/Casablanca', names: 'arabic' },
  { code: 'TN', weight: 1, languages: ['ar', 'fr'], timeZone: 'Africa/Tunis', names: 'arabic' },
  { code: 'JO', weight: 1, languages: ['ar', 'en'], timeZone: 'Asia/Amman', names: 'arabic' },
  { code: 'AE', weight: 1, languages: ['ar', 'en'], timeZone: 'Asia/Dubai', names: 'arabic' },
  { code: 'CN', weight: 5, languages: ['zh', 'en'], timeZone: 'Asia/Shanghai', names: 'east_asian' },
  { code: 'JP', weight: 3, languages: ['ja', 'en'], timeZone: 'Asia/Tokyo', names: 'east_asian' },
  { code: 'KR', weight: 2, languages: ['ko', 'en'], timeZone: 'Asia/Seoul', names: 'east_asian' },
  { code: 'IN', weight: 4, languages: ['hi', 'en'], timeZone: 'Asia/Kolkata', names: 'south_asian' },
  { code: 'PK', weight: 1, languages: ['ur', 'en'], timeZone: 'Asia/Karachi', names: 'south_asian' },
  { code: 'LK', weight: 1, languages: ['si', 'en'], timeZone: 'Asia/Colombo', names: 'south_asian' },
  { code: 'ID', weight: 2, languages: ['id', 'en'], timeZone: 'Asia/Jakarta', names: 'southeast_asian' },
  { code: 'PH', weight: 2, languages: ['tl', 'en'], timeZone: 'Asia/Manila', names: 'southeast_asian' },
  { code: 'VN', weight: 1, languages: ['vi', 'en'], timeZone: 'Asia/Ho_Chi_Minh', names: 'southeast_asian' },
  { code: 'TH', weight: 1, languages: ['th', 'en'], timeZone: 'Asia/Bangkok', names: 'southeast_asian' },
  { code: 'AU', weight: 3, languages: ['en'], timeZone: 'Australia/Sydney', names: 'anglo' },
  { code: 'NZ', weight: 2, languages: ['en', 'mi'], timeZone: 'Pacific/Auckland', names: 'oceanian' },
  { code: 'FJ', weight: 1, languages: ['en', 'fj'], timeZone: 'Pacific/Fiji', names: 'oceanian' },
];
