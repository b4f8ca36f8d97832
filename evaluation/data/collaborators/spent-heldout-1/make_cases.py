import json, random, os
CC = ["co-clayhand-animation","co-tiny-kiln-studio","co-saggar-knight-games","co-lockkeeper-games",
      "co-kiln-pictures","co-wildmoor-docs","co-saggar-house-pictures","co-trent-post","co-tunstall-sound",
      "co-potteries-camera-hire","fa-etruria-stage","fa-portland-wharf-pottery","fa-chroma-box-stoke",
      "co-hollow-reality","co-livewire-events","co-castwell","co-hillside-factual",
      "fl-0222","fl-0114","fl-0607"]
CS = ["co-bluebrick-films","co-pip-and-kiln","co-kilnborn-interactive","co-cutting-room-north",
      "co-moorland-aerial","fa-moorlands-auction-yard","co-potworks-documentary","co-five-spires-films",
      "fl-0265","fl-0231"]
CN = [
 ("co-tiny-kiln-studio",
  "COMMISSIONING BRIEF: PRE-SCHOOL ANIMATION (26 x 7')\n\nWe are looking to commission a gentle, character-comedy 2D series for 3 to 5 year olds from an independent producer based outside London, for delivery in spring 2028. The series must be made at least 70% outside the M25. Shortlisted producers will be asked to name the partners who give them: animation production capacity at series scale (layout, animation and compositing alongside the producer's own team); a voice cast with warm regional voices and a studio to record them in; an original score and a handful of songs; full audio post and a broadcast-compliant 5.1 and stereo mix; and a storyboard and animatic team to turn 26 scripts round in time. Please include the partners' relevant children's credits.",
  ["animation service studio (layout, animation, compositing)","voice artists and voice recording","composer for an original score and songs","audio post and broadcast mix","storyboards and animatics"]),
 (None,
  "STOKE-ON-TRENT CITY COUNCIL - INVITATION TO QUOTE\nRef: COMMS/2027/014 'Make It Here' apprenticeship recruitment campaign\n\nThe Council invites quotations from a single supplier or a consortium to produce: (1) six 60-second recruitment films featuring apprentices at local manufacturers and care providers, plus thirty social cut-downs; (2) accessible versions of every film, with burnt-in subtitles and a BSL-interpreted version; (3) aerial footage of the city's industrial and canal-side sites (operators must hold current CAA permissions); (4) an animated motion-graphics package for statistics, captions and end boards; (5) a multi-camera livestream of the launch event in a town hall, with live captioning. Suppliers must be based in Staffordshire. Budget: up to £38,000 excluding VAT. Return by 12 noon, 26 February 2027.",
  ["recruitment film production","subtitling and accessible versions (BSL, captions)","drone aerial filming","motion graphics","multi-camera livestream of the launch event"]),
 (None,
  "Project grant call: heritage and digital partnerships (Staffordshire)\n\nA pottery museum trust in Longton is looking for a creative partner to make 'The Last Firing', an immersive experience about the final firing of one of the city's bottle ovens in the 1960s, opening autumn 2027. The lead applicant must be a Staffordshire-based practitioner or company; partners can be from anywhere. The project needs: a VR/AR experience built for headsets in the gallery and phones on site; 3D capture of the oven interior, saggars and workers' tools (photogrammetry or volumetric capture); archive research and oral history with former pottery workers and their families; spatial sound design and an original score; and a projection-mapped show on the oven's exterior for the opening night. Up to £95,000 available.",
  ["VR/AR experience development","3D capture of the oven and objects","archive research and oral history","spatial sound design and original score","projection mapping show"]),
 ("co-fettle-and-forge",
  "OPEN CALL - 'Next Up Midlands' console publishing programme\n\nWe fund and publish PC games from small teams onto Nintendo Switch, PlayStation and Xbox. Selected studios get publishing funding and marketing, and assemble, with our help, a delivery team that covers: console porting (engine work and certification submissions); functional and compliance QA across all three platforms; localisation testing in French, Italian, German, Spanish and Japanese; an original soundtrack and sound effects integrated through audio middleware; and a 90-second launch trailer for the platform showcases. Studios within two hours of our Midlands office are encouraged to apply. Deadline 30 April 2027.",
  ["console porting","functional and compliance QA","localisation testing","game music and sound effects with middleware integration","launch trailer"]),
 (None,
  "AGENCY BRIEF - Trentside Brewing Co. 'Brewed in Burton' (30\" TV/VOD + 3 x 15\" social)\n\nWe're looking for a production partner team for a spring 2027 shoot. The idea: real Burton people, a real brewery, a pint you can almost taste. We need: high-speed pour and packshot cinematography (think 1,000fps); street casting of real locals, no actors; a characterful period brewery location with room for a unit base; aerial establishing shots over the town and the river; an original music track and a three-second sonic logo; and a final colour grade across all versions. Treatments and costed partner list by 19 February 2027.",
  ["high-speed packshot filming","street casting of real people","period brewery location with unit base","drone aerial filming","original music and sonic branding","colour grade"]),
 ("co-bottle-oven-films",
  "Network drama commission - regional production requirements\n'The Throwers' (6 x 60'), period drama set in a 1950s Burslem potbank. Principal photography from September 2027, 14 weeks.\n\nBefore green light the commissioner requires the independent producer to confirm its regional production base with named suppliers for: a sound stage for the potbank interiors build; a set construction workshop and crew; period costume hire for 1950s working dress (principals and crowd); period props and set dressing; facilities vehicles (honeywagons, make-up and costume trucks); location catering for a unit of around 80; and a working period pottery location for exteriors. Regional spend and trainee placements will be monitored.",
  ["sound stage","set construction","1950s period costume","period props and set dressing","facilities vehicles","location catering for a unit of 80","period pottery location"]),
 ("co-marlpit-docs",
  "Feature Documentary Production Fund - Midlands round 2027\n\nAwards of up to £60,000 towards the production of feature documentaries by teams based in the Midlands. Applicants must submit a post-production and music plan with named partners covering: archive research and licensing; an experienced documentary editor and an edit suite for a 16-week cut; a colour grade to DCP and broadcast specification; a theatrical-standard sound mix; an original score; and a UK distribution partner or a credible release plan. Deadline 12 March 2027. Self-shooting teams welcome.",
  ["archive research and licensing","documentary editor and edit suite","colour grade","theatrical-standard sound mix","original score","UK distribution"]),
 (None,
  "TENDER: Immersive training for safe patient handling (NHS trust, North Staffordshire)\n\nThe Trust invites bids for a VR training package for ward staff. Lot 1: VR simulation development for standalone headsets, with scoring and an administrator dashboard. Lot 2: 360-degree and live-action filming in clinical settings, with patient consent and infection-control procedures. Lot 3: 3D character animation of patient and staff avatars. Lot 4: professional voice-over in English, Urdu and Polish. Lot 5: an accessibility review for Deaf and neurodivergent learners. Bids for one lot or several, alone or as a consortium. Close: 5 March 2027.",
  ["VR training simulation development","filming in clinical settings","3D character animation","multilingual voice-over (English, Urdu, Polish)","accessibility review"]),
 (None,
  "Request for quotation - 'Summer Screens 2027' outdoor cinema season\n\nA district council partnership in south Staffordshire wants a supplier or consortium to deliver eight free outdoor screenings in parks and on a market square between June and August 2027: an inflatable or trailer screen with projection and sound for audiences of 300 to 600; film programming, including a short film made in Staffordshire before each feature; a small stage and PA for introductions and a Q&A with local filmmakers; and event filming with same-week social highlights. Quotes by 1 April 2027.",
  ["outdoor cinema screen, projection and sound","film programming including local short films","stage and PA for introductions and Q&As","event filming and social highlights"]),
 (None,
  "Music video brief - indie band, Stoke-on-Trent\n\nWe're an indie band from Stoke with a single out in May and about £12k for the video. We want stop-motion clay figures of us playing in a tiny model of our street, mixed with live-action performance shot on green screen and composited into the model sets. We're looking for people who can do: the stop-motion animation; a green screen studio for one day; compositing the live action into the stop-motion; a DoP who brings their own camera kit; and 1970s vintage costume styling for the four of us. Shoot in April.",
  ["stop-motion animation","green screen studio","compositing","DoP with own camera kit","1970s vintage costume"]),
 ("co-northern-quarter-factual",
  "Streamer commission: 'Ninety Minutes in Tunstall' (4 x 45')\n\nAn observational sports documentary following a non-league football club in Tunstall through a season. The commissioner has asked the producer to show a North Staffordshire production plan with: multi-camera coverage with replay for six key matches; a local self-shooting producer/director embedded with the club; a location sound recordist for the dressing room and the terraces; drone coverage of the ground and the town; and an edit base with an editor near Stoke for a 20-week cut.",
  ["multi-camera match coverage with replay","self-shooting producer/director","location sound recordist","drone filming","edit base and editor near Stoke"]),
 (None,
  "Museum commission: 'Women of the Works' animated documentary shorts\n\nA Potteries museum is commissioning three 4-minute animated documentary shorts about women who worked in the pottery industry, built around oral history. We need: hand-drawn 2D animation with a documentary sensibility; oral history interviews recorded on location with former workers (broadcast-quality sound); archive research in regional photo and film collections; an original score recorded with a local brass band; and a warm North Staffordshire narrator's voice. Fee £45,000. Expressions of interest by 15 January 2027.",
  ["hand-drawn 2D animation","oral history interviews recorded on location","archive research","brass band score and recording","narrator voice"]),
 ("co-northwood-visuals",
  "Brief: launch film for 'Trentham Meadows' new homes development\n\nA Staffordshire housebuilder wants a 2-minute launch film and social edits for a development where only the show home is built. Our lead supplier handles filming and stills; we need partners for: a presenter to walk buyers through the show home and the site; photoreal CGI of the homes that aren't built yet, matched into drone plates; an FPV interior flythrough of the show home; a final colour grade; and licensed or original music. Delivery before the spring launch.",
  ["presenter","photoreal CGI of unbuilt homes","FPV interior flythrough","colour grade","music"]),
 ("co-harecastle-interactive",
  "Invitation to tender: 'Trackside Safe' training simulation\n\nA rail infrastructure operator seeks a supplier team for a desktop and VR training simulation for trackside workers. The lead simulation developer will need partners for: photogrammetry scans of real trackside equipment and signage; 3D environment art outsourcing for six track locations; recorded voice-over for instructions and radio calls; functional QA and accessibility testing across PC and standalone VR; and sound design for the trackside environment (trains, plant, alarms). Tender closes 9 April 2027.",
  ["photogrammetry scans of trackside equipment","3D environment art outsourcing","voice-over recording","QA and accessibility testing","sound design for the trackside environment"]),
 ("co-redbrick-north-productions",
  "Servicing call: 'County Lines' (8 x 60' police procedural), Stafford\n\nA London producer is looking for a Midlands servicing partner for a 12-week shoot in and around Stafford from May 2027. The partner will assemble and manage: a camera package hire (two-camera drama package); lighting and grip with crew; supporting artists (crowd of up to 60 on big days); location catering for a unit of 70; facilities vehicles (honeywagons, artiste trailers, make-up truck); period-accurate and current police uniforms; and a stunt coordinator with precision drivers for two vehicle sequences.",
  ["camera package hire","lighting and grip with crew","supporting artists (crowd up to 60)","location catering","facilities vehicles","police uniforms","stunt coordinator and precision driving"]),
]
def queries():
    out=[]
    for i,p in enumerate(CC,1): out.append({"_id":f"cc{i:02d}","mode":"collaborator","profile_id":p,"relation":"complementary"})
    for i,p in enumerate(CS,1): out.append({"_id":f"cs{i:02d}","mode":"collaborator","profile_id":p,"relation":"similar"})
    for i,(b,t,n) in enumerate(CN,1):
        q={"_id":f"cn{i:02d}","mode":"collaborator","text":t}
        if b: q["profile_id"]=b
        q["needs"]=n
        q["metadata"]={"needs":[{"label":x,"role":None} for x in n],"author":"independent"}
        out.append(q)
    return out
def split(qs, seed=20270115):
    rng=random.Random(seed); dev=set()
    for pre,k in (("cc",7),("cs",3),("cn",5)):
        ids=sorted(q["_id"] for q in qs if q["_id"].startswith(pre)); rng.shuffle(ids); dev.update(ids[:k])
    return dev
if __name__=="__main__":
    import sys
    BY={json.loads(l)['id'] for l in open(os.path.join(os.path.dirname(__file__),'../../../../matcher/data/demo/cluster.jsonl'))}
    qs=queries()
    for q in qs:
        for pid in [q.get("profile_id")]:
            if pid: assert pid in BY, pid
        if "needs" in q: assert 3<=len(q["needs"])<=7
    dev=split(qs)
    base='/work/wt/judge-collab/evaluation/data/collaborators'
    for part in ('dev','heldout'):
        os.makedirs(f'{base}/{part}',exist_ok=True)
        with open(f'{base}/{part}/queries.jsonl','w') as f:
            for q in qs:
                if (q["_id"] in dev)==(part=='dev'): f.write(json.dumps(q,ensure_ascii=False)+"\n")
    print(sorted(dev))
