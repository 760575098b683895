<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" tiledversion="1.10.2" name="club" tilewidth="16" tileheight="16" tilecount="208" columns="16">
 <image source="../../sprites/tiles/club.png" width="256" height="208"/>
 <tile id="0">
  <properties>
   <property name="tile_name" value="dance_1"/>
   <property name="surface" value="hard"/>
  </properties>
  <animation>
   <frame tileid="0" duration="400"/>
   <frame tileid="1" duration="400"/>
   <frame tileid="2" duration="400"/>
   <frame tileid="3" duration="400"/>
  </animation>
 </tile>
 <tile id="4">
  <properties>
   <property name="tile_name" value="dance_2"/>
   <property name="surface" value="hard"/>
  </properties>
  <animation>
   <frame tileid="4" duration="400"/>
   <frame tileid="5" duration="400"/>
   <frame tileid="6" duration="400"/>
   <frame tileid="7" duration="400"/>
  </animation>
 </tile>
 <tile id="8">
  <properties>
   <property name="tile_name" value="dance_3"/>
   <property name="surface" value="hard"/>
  </properties>
  <animation>
   <frame tileid="8" duration="400"/>
   <frame tileid="9" duration="400"/>
   <frame tileid="10" duration="400"/>
   <frame tileid="11" duration="400"/>
  </animation>
 </tile>
 <tile id="12">
  <properties>
   <property name="tile_name" value="dance_4"/>
   <property name="surface" value="hard"/>
  </properties>
  <animation>
   <frame tileid="12" duration="400"/>
   <frame tileid="13" duration="400"/>
   <frame tileid="14" duration="400"/>
   <frame tileid="15" duration="400"/>
  </animation>
 </tile>
 <tile id="16">
  <properties>
   <property name="tile_name" value="dance_5"/>
   <property name="surface" value="hard"/>
  </properties>
  <animation>
   <frame tileid="16" duration="250"/>
   <frame tileid="17" duration="250"/>
   <frame tileid="18" duration="250"/>
   <frame tileid="19" duration="250"/>
  </animation>
 </tile>
 <tile id="20">
  <properties>
   <property name="tile_name" value="dance_6"/>
   <property name="surface" value="hard"/>
  </properties>
  <animation>
   <frame tileid="20" duration="250"/>
   <frame tileid="21" duration="250"/>
   <frame tileid="22" duration="250"/>
   <frame tileid="23" duration="250"/>
  </animation>
 </tile>
 <tile id="24">
  <properties>
   <property name="tile_name" value="dance_7"/>
   <property name="surface" value="hard"/>
  </properties>
  <animation>
   <frame tileid="24" duration="250"/>
   <frame tileid="25" duration="250"/>
   <frame tileid="26" duration="250"/>
   <frame tileid="27" duration="250"/>
  </animation>
 </tile>
 <tile id="28">
  <properties>
   <property name="tile_name" value="dance_8"/>
   <property name="surface" value="hard"/>
  </properties>
  <animation>
   <frame tileid="28" duration="250"/>
   <frame tileid="29" duration="250"/>
   <frame tileid="30" duration="250"/>
   <frame tileid="31" duration="250"/>
  </animation>
 </tile>
 <tile id="32">
  <properties>
   <property name="tile_name" value="dance_off"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="33">
  <properties>
   <property name="tile_name" value="floor_concrete_1"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="34">
  <properties>
   <property name="tile_name" value="floor_concrete_2"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="35">
  <properties>
   <property name="tile_name" value="floor_concrete_3"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="36">
  <properties>
   <property name="tile_name" value="floor_concrete_shadow"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="37">
  <properties>
   <property name="tile_name" value="floor_backstage_1"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="38">
  <properties>
   <property name="tile_name" value="floor_backstage_2"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="39">
  <properties>
   <property name="tile_name" value="floor_backstage_3"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="40">
  <properties>
   <property name="tile_name" value="floor_backstage_shadow"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="41">
  <properties>
   <property name="tile_name" value="floor_void_1"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="42">
  <properties>
   <property name="tile_name" value="floor_void_2"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="43">
  <properties>
   <property name="tile_name" value="floor_void_3"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="44">
  <properties>
   <property name="tile_name" value="floor_void_shadow"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="45">
  <properties>
   <property name="tile_name" value="wall_top"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="46">
  <properties>
   <property name="tile_name" value="wall_top_n"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="47">
  <properties>
   <property name="tile_name" value="wall_top_s"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="48">
  <properties>
   <property name="tile_name" value="wall_top_ns"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="49">
  <properties>
   <property name="tile_name" value="wall_top_e"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="50">
  <properties>
   <property name="tile_name" value="wall_top_ne"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="51">
  <properties>
   <property name="tile_name" value="wall_top_se"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="52">
  <properties>
   <property name="tile_name" value="wall_top_nse"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="53">
  <properties>
   <property name="tile_name" value="wall_top_w"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="54">
  <properties>
   <property name="tile_name" value="wall_top_nw"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="55">
  <properties>
   <property name="tile_name" value="wall_top_sw"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="56">
  <properties>
   <property name="tile_name" value="wall_top_nsw"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="57">
  <properties>
   <property name="tile_name" value="wall_top_ew"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="58">
  <properties>
   <property name="tile_name" value="wall_top_new"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="59">
  <properties>
   <property name="tile_name" value="wall_top_sew"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="60">
  <properties>
   <property name="tile_name" value="wall_top_nsew"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="61">
  <properties>
   <property name="tile_name" value="wall_top_in_ne"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="62">
  <properties>
   <property name="tile_name" value="wall_top_in_nw"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="63">
  <properties>
   <property name="tile_name" value="wall_top_in_se"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="64">
  <properties>
   <property name="tile_name" value="wall_top_in_sw"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="65">
  <properties>
   <property name="tile_name" value="wall_top_in_n"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="66">
  <properties>
   <property name="tile_name" value="wall_top_in_s"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="67">
  <properties>
   <property name="tile_name" value="wall_top_in_e"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="68">
  <properties>
   <property name="tile_name" value="wall_top_in_w"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="69">
  <properties>
   <property name="tile_name" value="wall_top_in_all"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="70">
  <properties>
   <property name="tile_name" value="wall_concrete_1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="71">
  <properties>
   <property name="tile_name" value="wall_concrete_2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="72">
  <properties>
   <property name="tile_name" value="wall_concrete_3"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="73">
  <properties>
   <property name="tile_name" value="wall_concrete_base"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="74">
  <properties>
   <property name="tile_name" value="wall_concrete_l"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="75">
  <properties>
   <property name="tile_name" value="wall_concrete_r"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="76">
  <properties>
   <property name="tile_name" value="wall_concrete_base_l"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="77">
  <properties>
   <property name="tile_name" value="wall_concrete_base_r"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="78">
  <properties>
   <property name="tile_name" value="wall_brick_1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="79">
  <properties>
   <property name="tile_name" value="wall_brick_2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="80">
  <properties>
   <property name="tile_name" value="wall_brick_3"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="81">
  <properties>
   <property name="tile_name" value="wall_brick_base"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="82">
  <properties>
   <property name="tile_name" value="wall_brick_l"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="83">
  <properties>
   <property name="tile_name" value="wall_brick_r"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="84">
  <properties>
   <property name="tile_name" value="wall_brick_base_l"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="85">
  <properties>
   <property name="tile_name" value="wall_brick_base_r"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="86">
  <properties>
   <property name="tile_name" value="bar_l"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="3" width="16" height="13"/>
  </objectgroup>
 </tile>
 <tile id="87">
  <properties>
   <property name="tile_name" value="bar_m"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="3" width="16" height="13"/>
  </objectgroup>
 </tile>
 <tile id="88">
  <properties>
   <property name="tile_name" value="bar_m2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="3" width="16" height="13"/>
  </objectgroup>
 </tile>
 <tile id="89">
  <properties>
   <property name="tile_name" value="bar_r"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="3" width="16" height="13"/>
  </objectgroup>
 </tile>
 <tile id="90">
  <properties>
   <property name="tile_name" value="bottle_shelf_1"/>
  </properties>
 </tile>
 <tile id="91">
  <properties>
   <property name="tile_name" value="bottle_shelf_2"/>
  </properties>
 </tile>
 <tile id="92">
  <properties>
   <property name="tile_name" value="bottle_shelf_3"/>
  </properties>
 </tile>
 <tile id="93">
  <properties>
   <property name="tile_name" value="bar_stool"/>
  </properties>
 </tile>
 <tile id="96">
  <properties>
   <property name="tile_name" value="dj_booth[0,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="12" width="16" height="4"/>
  </objectgroup>
  <animation>
   <frame tileid="96" duration="120"/>
   <frame tileid="99" duration="120"/>
   <frame tileid="102" duration="120"/>
   <frame tileid="105" duration="120"/>
  </animation>
 </tile>
 <tile id="97">
  <properties>
   <property name="tile_name" value="dj_booth[1,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="12" width="16" height="4"/>
  </objectgroup>
  <animation>
   <frame tileid="97" duration="120"/>
   <frame tileid="100" duration="120"/>
   <frame tileid="103" duration="120"/>
   <frame tileid="106" duration="120"/>
  </animation>
 </tile>
 <tile id="98">
  <properties>
   <property name="tile_name" value="dj_booth[2,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="12" width="16" height="4"/>
  </objectgroup>
  <animation>
   <frame tileid="98" duration="120"/>
   <frame tileid="101" duration="120"/>
   <frame tileid="104" duration="120"/>
   <frame tileid="107" duration="120"/>
  </animation>
 </tile>
 <tile id="112">
  <properties>
   <property name="tile_name" value="dj_booth[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
  <animation>
   <frame tileid="112" duration="120"/>
   <frame tileid="115" duration="120"/>
   <frame tileid="118" duration="120"/>
   <frame tileid="121" duration="120"/>
  </animation>
 </tile>
 <tile id="113">
  <properties>
   <property name="tile_name" value="dj_booth[1,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
  <animation>
   <frame tileid="113" duration="120"/>
   <frame tileid="116" duration="120"/>
   <frame tileid="119" duration="120"/>
   <frame tileid="122" duration="120"/>
  </animation>
 </tile>
 <tile id="114">
  <properties>
   <property name="tile_name" value="dj_booth[2,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
  <animation>
   <frame tileid="114" duration="120"/>
   <frame tileid="117" duration="120"/>
   <frame tileid="120" duration="120"/>
   <frame tileid="123" duration="120"/>
  </animation>
 </tile>
 <tile id="94">
  <properties>
   <property name="tile_name" value="speaker[0,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="10" width="16" height="6"/>
  </objectgroup>
  <animation>
   <frame tileid="94" duration="240"/>
   <frame tileid="95" duration="120"/>
  </animation>
 </tile>
 <tile id="110">
  <properties>
   <property name="tile_name" value="speaker[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
  <animation>
   <frame tileid="110" duration="240"/>
   <frame tileid="111" duration="120"/>
  </animation>
 </tile>
 <tile id="108">
  <properties>
   <property name="tile_name" value="runway_l"/>
   <property name="surface" value="hard"/>
  </properties>
  <animation>
   <frame tileid="108" duration="150"/>
   <frame tileid="109" duration="150"/>
   <frame tileid="124" duration="150"/>
   <frame tileid="125" duration="150"/>
  </animation>
 </tile>
 <tile id="126">
  <properties>
   <property name="tile_name" value="runway_r"/>
   <property name="surface" value="hard"/>
  </properties>
  <animation>
   <frame tileid="126" duration="150"/>
   <frame tileid="127" duration="150"/>
   <frame tileid="128" duration="150"/>
   <frame tileid="129" duration="150"/>
  </animation>
 </tile>
 <tile id="130">
  <properties>
   <property name="tile_name" value="runway_end_l"/>
   <property name="surface" value="hard"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="9" width="16" height="7"/>
  </objectgroup>
  <animation>
   <frame tileid="130" duration="150"/>
   <frame tileid="131" duration="150"/>
   <frame tileid="132" duration="150"/>
   <frame tileid="133" duration="150"/>
  </animation>
 </tile>
 <tile id="134">
  <properties>
   <property name="tile_name" value="runway_end_r"/>
   <property name="surface" value="hard"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="9" width="16" height="7"/>
  </objectgroup>
  <animation>
   <frame tileid="134" duration="150"/>
   <frame tileid="135" duration="150"/>
   <frame tileid="136" duration="150"/>
   <frame tileid="137" duration="150"/>
  </animation>
 </tile>
 <tile id="138">
  <properties>
   <property name="tile_name" value="audience_chair"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="3" y="6" width="10" height="8"/>
  </objectgroup>
 </tile>
 <tile id="139">
  <properties>
   <property name="tile_name" value="banquette[0,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="4" width="16" height="12"/>
  </objectgroup>
 </tile>
 <tile id="140">
  <properties>
   <property name="tile_name" value="banquette[1,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="4" width="16" height="12"/>
  </objectgroup>
 </tile>
 <tile id="155">
  <properties>
   <property name="tile_name" value="banquette[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="156">
  <properties>
   <property name="tile_name" value="banquette[1,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="141">
  <properties>
   <property name="tile_name" value="bulb_mirror[0,0]"/>
  </properties>
  <animation>
   <frame tileid="141" duration="1400"/>
   <frame tileid="144" duration="90"/>
  </animation>
 </tile>
 <tile id="142">
  <properties>
   <property name="tile_name" value="bulb_mirror[1,0]"/>
  </properties>
  <animation>
   <frame tileid="142" duration="1400"/>
   <frame tileid="145" duration="90"/>
  </animation>
 </tile>
 <tile id="146">
  <properties>
   <property name="tile_name" value="makeup_table[0,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="6" width="16" height="10"/>
  </objectgroup>
 </tile>
 <tile id="147">
  <properties>
   <property name="tile_name" value="makeup_table[1,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="6" width="16" height="10"/>
  </objectgroup>
 </tile>
 <tile id="148">
  <properties>
   <property name="tile_name" value="clothes_rack[0,0]"/>
  </properties>
 </tile>
 <tile id="149">
  <properties>
   <property name="tile_name" value="clothes_rack[1,0]"/>
  </properties>
 </tile>
 <tile id="164">
  <properties>
   <property name="tile_name" value="clothes_rack[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="4" width="16" height="10"/>
  </objectgroup>
 </tile>
 <tile id="165">
  <properties>
   <property name="tile_name" value="clothes_rack[1,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="4" width="16" height="10"/>
  </objectgroup>
 </tile>
 <tile id="143">
  <properties>
   <property name="tile_name" value="hand_mirror"/>
  </properties>
 </tile>
 <tile id="150">
  <properties>
   <property name="tile_name" value="neon_bar[0,0]"/>
  </properties>
  <animation>
   <frame tileid="150" duration="900"/>
   <frame tileid="152" duration="80"/>
   <frame tileid="157" duration="600"/>
  </animation>
 </tile>
 <tile id="151">
  <properties>
   <property name="tile_name" value="neon_bar[1,0]"/>
  </properties>
  <animation>
   <frame tileid="151" duration="900"/>
   <frame tileid="153" duration="80"/>
   <frame tileid="158" duration="600"/>
  </animation>
 </tile>
 <tile id="160">
  <properties>
   <property name="tile_name" value="neon_dance[0,0]"/>
  </properties>
  <animation>
   <frame tileid="160" duration="700"/>
   <frame tileid="162" duration="70"/>
   <frame tileid="166" duration="700"/>
  </animation>
 </tile>
 <tile id="161">
  <properties>
   <property name="tile_name" value="neon_dance[1,0]"/>
  </properties>
  <animation>
   <frame tileid="161" duration="700"/>
   <frame tileid="163" duration="70"/>
   <frame tileid="167" duration="700"/>
  </animation>
 </tile>
 <tile id="154">
  <properties>
   <property name="tile_name" value="neon_bolt"/>
  </properties>
  <animation>
   <frame tileid="154" duration="500"/>
   <frame tileid="159" duration="60"/>
   <frame tileid="168" duration="500"/>
  </animation>
 </tile>
 <tile id="169">
  <properties>
   <property name="tile_name" value="neon_eye"/>
  </properties>
  <animation>
   <frame tileid="169" duration="1100"/>
   <frame tileid="170" duration="90"/>
   <frame tileid="171" duration="300"/>
  </animation>
 </tile>
 <tile id="172">
  <properties>
   <property name="tile_name" value="poster_1"/>
  </properties>
 </tile>
 <tile id="173">
  <properties>
   <property name="tile_name" value="poster_2"/>
  </properties>
 </tile>
 <tile id="174">
  <properties>
   <property name="tile_name" value="poster_3"/>
  </properties>
 </tile>
 <tile id="175">
  <properties>
   <property name="tile_name" value="rope_l"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="4" y="8" width="8" height="8"/>
  </objectgroup>
 </tile>
 <tile id="176">
  <properties>
   <property name="tile_name" value="rope_m"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="3" width="16" height="6"/>
  </objectgroup>
 </tile>
 <tile id="177">
  <properties>
   <property name="tile_name" value="rope_r"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="4" y="8" width="8" height="8"/>
  </objectgroup>
 </tile>
 <tile id="178">
  <properties>
   <property name="tile_name" value="entrance_door[0,0]"/>
  </properties>
 </tile>
 <tile id="179">
  <properties>
   <property name="tile_name" value="entrance_door[1,0]"/>
  </properties>
 </tile>
 <tile id="194">
  <properties>
   <property name="tile_name" value="entrance_door[0,1]"/>
  </properties>
 </tile>
 <tile id="195">
  <properties>
   <property name="tile_name" value="entrance_door[1,1]"/>
  </properties>
 </tile>
 <tile id="180">
  <properties>
   <property name="tile_name" value="cigarette_machine[0,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="10" width="16" height="6"/>
  </objectgroup>
  <animation>
   <frame tileid="180" duration="1500"/>
   <frame tileid="181" duration="60"/>
   <frame tileid="182" duration="400"/>
  </animation>
 </tile>
 <tile id="196">
  <properties>
   <property name="tile_name" value="cigarette_machine[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
  <animation>
   <frame tileid="196" duration="1500"/>
   <frame tileid="197" duration="60"/>
   <frame tileid="198" duration="400"/>
  </animation>
 </tile>
 <tile id="183">
  <properties>
   <property name="tile_name" value="mirror_ball"/>
  </properties>
  <animation>
   <frame tileid="183" duration="180"/>
   <frame tileid="184" duration="180"/>
   <frame tileid="185" duration="180"/>
   <frame tileid="186" duration="180"/>
  </animation>
 </tile>
 <tile id="187">
  <properties>
   <property name="tile_name" value="spot_magenta"/>
  </properties>
  <animation>
   <frame tileid="187" duration="1330"/>
   <frame tileid="188" duration="140"/>
  </animation>
 </tile>
 <tile id="189">
  <properties>
   <property name="tile_name" value="spot_cyan"/>
  </properties>
  <animation>
   <frame tileid="189" duration="1060"/>
   <frame tileid="190" duration="140"/>
  </animation>
 </tile>
 <tile id="191">
  <properties>
   <property name="tile_name" value="spot_acid"/>
  </properties>
  <animation>
   <frame tileid="191" duration="1060"/>
   <frame tileid="192" duration="140"/>
  </animation>
 </tile>
 <tile id="193">
  <properties>
   <property name="tile_name" value="spot_yellow"/>
  </properties>
  <animation>
   <frame tileid="193" duration="1240"/>
   <frame tileid="199" duration="140"/>
  </animation>
 </tile>
 <tile id="200">
  <properties>
   <property name="tile_name" value="record_crate"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="2" y="6" width="12" height="10"/>
  </objectgroup>
 </tile>
</tileset>
